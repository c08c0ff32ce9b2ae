using Amparo.Domain.FollowUp;
using Amparo.Server.Auth;
using Amparo.Server.FollowUps;
using Microsoft.AspNetCore.Components;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Components.Record;

/// <summary>
/// What the case's risk level asks (calls, rounds, reassessment), what it owes now, and the buttons to record a call
/// (the centre and the women's services) or a round (the police) as it happens.
/// </summary>
public sealed partial class FollowUpPanel
{
    private CaseFollowUpView? _view;
    private string? _note;
    private string? _message;
    private bool _failed;

    [Inject] private FollowUpQueries Queries { get; set; } = null!;
    [Inject] private FollowUpCommands Commands { get; set; } = null!;
    [Inject] private ConsoleClock Clock { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    [Parameter, EditorRequired] public Guid CaseId { get; set; }

    [Parameter, EditorRequired] public UserScope Scope { get; set; } = null!;

    /// <summary>The case's status as the page knows it: a change (suspension, cessation) reloads the plan.</summary>
    [Parameter] public string? Status { get; set; }

    [Parameter] public EventCallback OnChanged { get; set; }

    private bool CanCall => Scope.IsAny(FollowUpRoles.Callers);

    private bool CanPatrol => Scope.IsAny(FollowUpRoles.Patrols);

    protected override async Task OnParametersSetAsync() =>
        _view = await Queries.CaseAsync(CaseId, Scope, CancellationToken.None);

    private static string PlanText(FollowUpPlanView plan)
    {
        var parts = new List<string>();
        if (plan.CheckInCallEveryHours > 0)
        {
            parts.Add(T("followup.plan_calls", plan.CheckInCallEveryHours));
        }

        if (plan.PoliceRoundsPerWeek > 0)
        {
            parts.Add(T("followup.plan_rounds", plan.PoliceRoundsPerWeek));
        }

        if (plan.ReassessOn is { } on)
        {
            parts.Add(T("followup.plan_reassess", ConsoleClock.Format(on)));
        }

        return string.Join(" · ", parts);
    }

    private string DutyText(DueFollowUpView due) => FollowUpText.Owed(due, Time.GetUtcNow().UtcDateTime);

    private async Task RecordAsync(FollowUpKind kind, FollowUpOutcome outcome)
    {
        var result = await Commands.RecordAsync(CaseId, new FollowUpRequest(kind, outcome, null, null, _note), Scope, CancellationToken.None);
        _failed = result.Outcome != CommandOutcome.Done;
        _message = _failed ? string.Join(" ", result.Problems) : T("followup.recorded");
        if (!_failed)
        {
            _note = null;
            _view = await Queries.CaseAsync(CaseId, Scope, CancellationToken.None);
            await OnChanged.InvokeAsync();
        }
    }
}
