using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Server.Auth;
using Amparo.Server.CourtOrders;
using Amparo.Server.Intake;
using Microsoft.AspNetCore.Components;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Components.Record;

/// <summary>
/// The surveillance term and the court's later decisions on it: the court (or the centre on its behalf) records an
/// extension, variation, suspension, reincorporation or cessation; the gender area records the interview a cessation
/// by her will needs. Only the decisions the case's status admits are offered; the service has the last word.
/// </summary>
public sealed partial class CourtOrdersPanel
{
    private static readonly JudicialOrderKind[] Later =
        [JudicialOrderKind.Extension, JudicialOrderKind.Variation, JudicialOrderKind.Suspension, JudicialOrderKind.Reincorporation, JudicialOrderKind.Cessation];

    private readonly CourtOrderDraft _draft = new();
    private string _institution = "";
    private bool _risksExplained;
    private bool _wishesToLeave;
    private string? _interviewNote;
    private string? _message;
    private bool _failed;
    private Guid _draftFor;

    [Inject] private CourtOrderCommands Commands { get; set; } = null!;
    [Inject] private ConsoleClock Clock { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    [Parameter, EditorRequired] public Guid CaseId { get; set; }

    [Parameter, EditorRequired] public IntakeView View { get; set; } = null!;

    [Parameter, EditorRequired] public UserScope Scope { get; set; } = null!;

    [Parameter] public EventCallback OnChanged { get; set; }

    private List<JudicialOrderKind> Kinds =>
        Scope.IsAny(AmparoRoles.CaseRegistrars) && Enum.TryParse<CaseStatus>(View.Status, out var status)
            ? Later.Where(k => CaseTransitions.After(status, k) is not null).ToList()
            : [];

    private bool CanInterview => Scope.IsAny(AmparoRoles.IntakeRecorders) && View.Status is "Active" or "Suspended" or "Ordered";

    protected override void OnParametersSet()
    {
        if (_draftFor == CaseId)
        {
            return;
        }

        // The court and judge of the last order are the likeliest authors of the next one.
        _draftFor = CaseId;
        var last = View.Orders.Count > 0 ? View.Orders[^1] : null;
        _draft.Court = last?.Court ?? "";
        _draft.Judge = last?.Judge ?? "";
        _draft.IssuedOn = Today;
        _draft.EndsOn = View.SurveillanceEndsOn?.AddMonths(6);
        _draft.PerimeterMetres = View.PerimeterMetres;
        if (Kinds.Count > 0 && !Kinds.Contains(_draft.Kind))
        {
            _draft.Kind = Kinds[0];
        }
    }

    private DateOnly Today => Clock.Today(Time.GetUtcNow().UtcDateTime);

    private string DaysLeftText(DateOnly ends) => T("casefile.days_left", ends.DayNumber - Today.DayNumber);

    private async Task ApplyAsync()
    {
        var result = await Commands.ApplyAsync(CaseId, _draft.ToRequest(), Scope, CancellationToken.None);
        await AfterAsync(result, T("casefile.order_applied." + _draft.Kind));
    }

    private async Task InterviewAsync()
    {
        var result = await Commands.InterviewAsync(CaseId, new InterviewRequest(_institution, _risksExplained, _wishesToLeave, _interviewNote), Scope, CancellationToken.None);
        await AfterAsync(result, T("casefile.interview_recorded"));
    }

    private async Task AfterAsync(CommandResult<Guid> result, string done)
    {
        _failed = result.Outcome != CommandOutcome.Done;
        _message = _failed ? string.Join(" ", result.Problems) : done;
        if (!_failed)
        {
            _draftFor = Guid.Empty;
            await OnChanged.InvokeAsync();
        }
    }
}
