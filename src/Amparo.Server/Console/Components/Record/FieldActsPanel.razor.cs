using Amparo.Data.Identity;
using Amparo.Domain.Stock;
using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Amparo.Server.Console.Components.Record.Acts;
using Amparo.Server.FieldDevices.Acts;
using Amparo.Server.FieldDevices.Stock;
using Microsoft.AspNetCore.Components;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Components.Record;

/// <summary>
/// A case's field acts on its file: installations, removals and swaps with their devices, people, signatures, photos
/// and damage charges (a victim's act shown restricted to roles that may not see her data); the field workers write
/// new acts here, the supervisors settle the charges. What the services refuse is shown in their words.
/// </summary>
public sealed partial class FieldActsPanel
{
    private IReadOnlyList<ActView> _acts = [];
    private IReadOnlyList<CustodianView> _custodians = [];
    private IReadOnlyList<StockDeviceView> _stock = [];
    private IReadOnlyList<PartyView> _parties = [];
    private ActFormDraft? _draft;
    private IReadOnlyList<string> _problems = [];
    private IReadOnlyList<string> _settleProblems = [];
    private string? _message;
    private bool _canAct;
    private bool _canSettle;

    [Inject] private ActQueries Acts { get; set; } = null!;
    [Inject] private ActCommands Commands { get; set; } = null!;
    [Inject] private ChargeSettlement Settlement { get; set; } = null!;
    [Inject] private StockQueries Stock { get; set; } = null!;
    [Inject] private CaseQueries Cases { get; set; } = null!;
    [Inject] private VictimLocationAudit Audit { get; set; } = null!;
    [Inject] private ConsoleSession Session { get; set; } = null!;
    [Inject] private ConsoleClock Clock { get; set; } = null!;

    [Parameter, EditorRequired] public Guid CaseId { get; set; }

    [Parameter, EditorRequired] public UserScope Scope { get; set; } = null!;

    /// <summary>An act or a settlement changed the case: its page reads its history again.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _canAct = Scope.IsAny(AmparoRoles.FieldWorkers);
        _canSettle = Scope.IsAny([AmparoRoles.Administrador, AmparoRoles.Supervisor]);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _acts = await Acts.ListAsync(CaseId, Scope, CancellationToken.None) ?? [];
        if (_acts.Any(a => a.Party == Domain.People.PartyRole.Victim && !a.Restricted))
        {
            // The place of a victim's act locates her: showing it is a read of her location, as through the API.
            await Audit.RecordReadAsync(Scope, CaseId, "console acts", Session.RemoteAddress, CancellationToken.None);
        }

        if (_canAct)
        {
            _custodians = await Stock.CustodiansAsync(Scope, CancellationToken.None);
            _stock = (await Stock.ReportAsync(Scope, null, null, CancellationToken.None)).Devices
                .Where(d => d.Status == StockStatus.InStore || (d.Status == StockStatus.Assigned && d.ReservedCaseId == CaseId)).ToList();
            _parties = (await Cases.GetAsync(CaseId, Scope, CancellationToken.None))?.Parties ?? [];
        }
    }

    private void Open(FieldActKind kind)
    {
        _draft = new ActFormDraft(kind);
        _problems = [];
        _message = null;
    }

    private async Task SubmitAsync(ActFormDraft draft)
    {
        var zone = Clock.Zone;
        var result = draft.Kind switch
        {
            FieldActKind.Installation => await Commands.InstallAsync(CaseId, draft.ToInstallation(zone), Scope, CancellationToken.None),
            FieldActKind.Removal => await Commands.RemoveAsync(CaseId, draft.ToRemoval(zone), Scope, CancellationToken.None),
            _ => await Commands.SwapAsync(CaseId, draft.ToSwap(zone), Scope, CancellationToken.None),
        };
        _problems = result.Problems;
        if (result.Value is null)
        {
            return;
        }

        _draft = null;
        _message = T("acts.recorded");
        await ReloadAsync();
        await OnChanged.InvokeAsync();
    }

    private async Task SettleAsync((Guid Charge, ChargeSettlementRequest Request) settle)
    {
        var result = await Settlement.SettleAsync(settle.Charge, settle.Request, Scope, CancellationToken.None);
        _settleProblems = result.Problems;
        await ReloadAsync();
        await OnChanged.InvokeAsync();
    }
}
