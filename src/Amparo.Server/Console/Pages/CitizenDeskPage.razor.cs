using Amparo.Domain.Citizens;
using Amparo.Server.Auth;
using Amparo.Server.Citizens;
using Amparo.Server.Console.Components;
using Microsoft.AspNetCore.Components;

namespace Amparo.Server.Console.Pages;

/// <summary>
/// The citizens' desk: open gender and citizen alerts beside the open emergency reports, both live, the unclaimed
/// and oldest first. Public-service reports have their own page (/servicios).
/// </summary>
public sealed partial class CitizenDeskPage
{
    private IReadOnlyList<CitizenAlertView> _alerts = [];
    private IReadOnlyList<CitizenReportView> _reports = [];
    private UserScope? _scope;
    private DateTime _now;
    private bool _ready;

    [Inject] private CitizenFeed Feed { get; set; } = default!;
    [Inject] private CitizenAlertReader Alerts { get; set; } = default!;
    [Inject] private CitizenReportReader Reports { get; set; } = default!;
    [Inject] private ConsoleSession Session { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _scope = await Session.ScopeAsync(CancellationToken.None);
        await LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _scope is null)
        {
            return;
        }

        Feed.AlertChanged += OnAlertPushed;
        Feed.ReportChanged += OnReportPushed;
        // Reload once subscribed: what arrived between the first load and the subscription is not missed.
        await LoadAsync();
        _ready = true;
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _alerts = await Alerts.ListAsync(_scope!.Jurisdictions, openOnly: true, CancellationToken.None);
        _reports = await Reports.ListAsync(_scope.Jurisdictions, new ReportFilter(ReportQueue.Emergency, OpenOnly: true), CancellationToken.None);
    }

    private void OnAlertPushed(CitizenAlertView alert)
    {
        if (_scope?.CanSee(alert.JurisdictionId) == true)
        {
            _ = InvokeAsync(() => OnAlertChanged(alert));
        }
    }

    private void OnReportPushed(CitizenReportView report)
    {
        if (_scope?.CanSee(report.JurisdictionId) == true && report.Queue == ReportQueue.Emergency)
        {
            _ = InvokeAsync(() => OnReportChanged(report));
        }
    }

    private void OnAlertChanged(CitizenAlertView alert)
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _alerts = _alerts.Where(a => a.Id != alert.Id)
            .Concat(alert.Status == CitizenAlertStatus.Resolved ? [] : [alert])
            .OrderBy(a => a.Status == CitizenAlertStatus.New ? 0 : 1).ThenBy(a => a.ReceivedAt).ToList();
        StateHasChanged();
    }

    private void OnReportChanged(CitizenReportView report)
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _reports = _reports.Where(r => r.Id != report.Id)
            .Concat(ReportTransitions.IsClosed(report.Status) ? [] : [report])
            .OrderBy(r => r.FiledAt).ToList();
        StateHasChanged();
    }

    public void Dispose()
    {
        Feed.AlertChanged -= OnAlertPushed;
        Feed.ReportChanged -= OnReportPushed;
    }
}
