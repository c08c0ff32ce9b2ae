using System.Globalization;
using System.Reflection;
using Amparo.Data.Audit;
using Amparo.Server.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace Amparo.Server.Console.Components;

/// <summary>
/// Stands between the router and every console page whose matrix line carries a victim's data: each time such a page
/// opens for someone it reaches, an audit row says who, which page, which case, from where and why. Roles outside the
/// centre that would read her identity first say why, once per case while this console tab's circuit lasts; the reason
/// reaches the page (<see cref="ReasonName"/>) for its links to her documents. Nothing of her is in the page's first,
/// prerendered answer: the page renders once the circuit runs and the row is written.
/// </summary>
public sealed partial class VictimDataGate : ComponentBase
{
    /// <summary>The name of the cascading value carrying the reason given for the open page (null when none was asked).</summary>
    public const string ReasonName = "VictimDataReason";

    private readonly Dictionary<Guid, string> _reasonsGiven = [];
    private GateState _state;
    private string? _openedPage;
    private string? _openReason;
    private Opening? _pending;
    private string? _reason;
    private bool _tooShort;
    private bool _recording;
    private int _pass;

    [Parameter, EditorRequired]
    public RouteData RouteData { get; set; } = null!;

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = null!;

    [Inject]
    private ResourceJurisdictions Owners { get; set; } = null!;

    [Inject]
    private ConsoleSession Session { get; set; } = null!;

    [Inject]
    private AuditLog Audit { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var page = PageOf(RouteData);
        if (page == _openedPage && _state == GateState.Open)
        {
            return;
        }

        // Each pass settles one opening; a newer one (she went on, or the router rendered again) supersedes it after
        // any await. Until it is settled nothing of the new page renders: the awaits below would render the old state.
        var pass = ++_pass;
        _state = GateState.Waiting;
        var rule = RuleOf(RouteData.PageType);
        var user = (await Authentication).User;
        if (pass != _pass)
        {
            return;
        }

        if (rule is not { Exposure: not VictimExposure.None } || !rule.Allows(user.IsInRole) || !VictimDataReceivers.Receives(user, rule))
        {
            Open(page, null);
            return;
        }

        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        var record = await RecordOfAsync(rule);
        if (pass != _pass)
        {
            return;
        }

        if (!record.Shown)
        {
            // No such record, or another jurisdiction's: the page answers that it does not exist and shows nothing of her.
            Open(page, null);
            return;
        }

        var opening = new Opening(page, rule, record.CaseId, user.Identity?.Name ?? "?");
        if (VictimDataReceivers.MustSayWhy(user, rule) && !_reasonsGiven.ContainsKey(opening.CaseKey))
        {
            if (_pending?.Page != page)
            {
                // A new question; the same page rendered again keeps what she was typing.
                (_reason, _tooShort) = (null, false);
            }

            (_pending, _state) = (opening, GateState.AskReason);
            return;
        }

        await RecordAsync(opening, _reasonsGiven.GetValueOrDefault(opening.CaseKey), pass);
    }

    private async Task GiveReasonAsync()
    {
        if (_recording || _state != GateState.AskReason || _pending is not { } opening || opening.Page != PageOf(RouteData))
        {
            return;
        }

        var reason = VictimDataReceivers.Clean(_reason);
        _tooShort = reason.Length < VictimDataReceivers.ShortestReason;
        if (_tooShort)
        {
            return;
        }

        _recording = true;
        try
        {
            _reasonsGiven[opening.CaseKey] = reason;
            await RecordAsync(opening, reason, _pass);
        }
        finally
        {
            _recording = false;
        }
    }

    private async Task RecordAsync(Opening opening, string? reason, int pass)
    {
        await Audit.RecordAsync(
            VictimDataReceivers.Answered(opening.UserName, opening.Rule, opening.CaseId, Session.RemoteAddress, $"console {opening.Page}", reason),
            CancellationToken.None);
        if (pass == _pass)
        {
            _pending = null;
            Open(opening.Page, reason);
        }
    }

    private void Open(string page, string? reason) => (_openedPage, _openReason, _state) = (page, reason, GateState.Open);

    /// <summary>The case the page's route names, and whether this user is shown it; a page that names no record shows.</summary>
    private async Task<PageRecord> RecordOfAsync(AccessRule rule)
    {
        if (!ResourceJurisdictions.Names(rule, RouteData.RouteValues, out var id))
        {
            return new PageRecord(null, Shown: true);
        }

        if (await Owners.FindAsync(rule.Scope, id, CancellationToken.None) is not { } owner)
        {
            return new PageRecord(null, Shown: false);
        }

        var scope = await Session.ScopeAsync(CancellationToken.None);
        return new PageRecord(owner.CaseId, scope.CanSee(owner.JurisdictionId));
    }

    /// <summary>The page and the records it names: opening another case is another opening.</summary>
    private static string PageOf(RouteData route) =>
        route.PageType.FullName + "?" + string.Join('&', route.RouteValues.OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => $"{v.Key}={Convert.ToString(v.Value, CultureInfo.InvariantCulture)}"));

    private static AccessRule? RuleOf(Type page) =>
        page.GetCustomAttributes<AuthorizeAttribute>().Select(a => a.Policy).OfType<string>().Select(AccessMatrix.Find).OfType<AccessRule>().FirstOrDefault();

    private enum GateState
    {
        Waiting,
        AskReason,
        Open,
    }

    private sealed record PageRecord(Guid? CaseId, bool Shown);

    private sealed record Opening(string Page, AccessRule Rule, Guid? CaseId, string UserName)
    {
        /// <summary>A reason given for a case serves its other pages; pages of no case share one.</summary>
        public Guid CaseKey => CaseId ?? Guid.Empty;
    }
}
