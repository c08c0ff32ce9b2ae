using Amparo.Domain.Citizens;
using Amparo.Server.Auth;
using Amparo.Server.Citizens;
using Amparo.Server.Console.Components;
using Microsoft.AspNetCore.Components;

namespace Amparo.Server.Console.Pages;

/// <summary>The public-service queue: filter by status, category and area; route, update with a note; live as reports arrive.</summary>
public sealed partial class PublicServicesPage
{
    private IReadOnlyList<CitizenReportView> _reports = [];
    private UserScope? _scope;
    private DateTime _now;
    private bool _ready;

    [Inject] private CitizenFeed Feed { get; set; } = default!;
    [Inject] private CitizenReportReader Reports { get; set; } = default!;
    [Inject] private ConsoleSession Session { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    private string StatusFilter { get; set; } = "";

    private string CategoryFilter { get; set; } = "";

    private string AreaFilter { get; set; } = "";

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

        Feed.ReportChanged += OnReportPushed;
        await LoadAsync();
        _ready = true;
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        var status = Enum.TryParse<ReportStatus>(StatusFilter, out var only) ? only : (ReportStatus?)null;
        var filter = new ReportFilter(ReportQueue.PublicService, status, CategoryFilter, AreaFilter, OpenOnly: status is null);
        _reports = await Reports.ListAsync(_scope!.Jurisdictions, filter, CancellationToken.None);
    }

    private void OnReportPushed(CitizenReportView report)
    {
        if (_scope?.CanSee(report.JurisdictionId) == true && report.Queue == ReportQueue.PublicService)
        {
            _ = InvokeAsync(async () =>
            {
                // One in view changes in place (it stays until the filters are applied again); a new one comes by the filters.
                if (_reports.Any(r => r.Id == report.Id))
                {
                    OnChanged(report);
                    return;
                }

                await LoadAsync();
                StateHasChanged();
            });
        }
    }

    /// <summary>A report this user changed stays in view (with its new status) until the filters are applied again.</summary>
    private void OnChanged(CitizenReportView report)
    {
        _reports = _reports.Select(r => r.Id == report.Id ? report : r).ToList();
        StateHasChanged();
    }

    public void Dispose() => Feed.ReportChanged -= OnReportPushed;
}
