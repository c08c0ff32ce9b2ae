using System.Globalization;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Amparo.Server.Intake;
using Microsoft.AspNetCore.Components;

namespace Amparo.Server.Console.Pages;

/// <summary>
/// A case's file after intake, where each institution does its part: the court's decisions, the field acts, the
/// notices, the people around the case, the circuits, and the history that records all of them.
/// </summary>
public sealed partial class CaseRecordPage
{
    private IntakeView? _view;
    private IReadOnlyList<TimelineEntryView> _timeline = [];
    private UserScope? _scope;
    private bool _loaded;

    [Inject] private IntakeQueries Intake { get; set; } = null!;
    [Inject] private TimelineQueries Timeline { get; set; } = null!;
    [Inject] private ConsoleSession Session { get; set; } = null!;

    [Parameter]
    public Guid CaseId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _scope = await Session.ScopeAsync(CancellationToken.None);
        await ReloadAsync();
        _loaded = true;
    }

    /// <summary>Something on the case changed: its orders, status and history are read again.</summary>
    private async Task ReloadAsync()
    {
        _view = await Intake.GetAsync(CaseId, _scope!, CultureInfo.CurrentUICulture, CancellationToken.None);
        _timeline = await Timeline.GetAsync(CaseId, _scope!, CancellationToken.None) ?? [];
    }
}
