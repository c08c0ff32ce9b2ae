using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Amparo.Server.Console.Components;
using Amparo.Server.Console.Components.Stock;
using Amparo.Server.FieldDevices.Stock;
using Microsoft.AspNetCore.Components;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Pages;

/// <summary>
/// The device stock of the user's jurisdictions: each institution's totals per status, the devices (filtered by status
/// and custodian), a new device into a custodian's stock, a device moved by hand, its history; and for supervisors
/// the municipalities' adhesion to the programme, which decides whether their gender area may keep devices.
/// </summary>
public sealed partial class StockPage
{
    private StockReport? _report;
    private IReadOnlyList<CustodianView> _custodians = [];
    private IReadOnlyList<CaseSummary> _cases = [];
    private StockDeviceView? _moving;
    private DeviceHistory? _history;
    private UserScope? _scope;
    private StockStatus? _status;
    private Guid? _institution;
    private string? _message;
    private IReadOnlyList<string> _problems = [];
    private bool _supervises;
    private bool _loaded;

    /// <summary>The cases a device may be reserved for.</summary>
    private List<CaseSummary> OpenCases => _cases.Where(c => c.Status is CaseStatus.Ordered or CaseStatus.Active).ToList();

    [Inject] private StockQueries Stock { get; set; } = null!;
    [Inject] private StockRegistration Registration { get; set; } = null!;
    [Inject] private StockMovements Movements { get; set; } = null!;
    [Inject] private InstitutionAdhesion Adhesion { get; set; } = null!;
    [Inject] private CaseQueries Cases { get; set; } = null!;
    [Inject] private ConsoleSession Session { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        _scope = await Session.ScopeAsync(CancellationToken.None);
        _supervises = _scope.IsAny([AmparoRoles.Administrador, AmparoRoles.Supervisor]);
        _cases = await Cases.ListAsync(_scope, CancellationToken.None);
        await ReloadAsync();
        _loaded = true;
    }

    private async Task ReloadAsync()
    {
        _report = await Stock.ReportAsync(_scope!, _status, _institution, CancellationToken.None);
        _custodians = await Stock.CustodiansAsync(_scope!, CancellationToken.None);
        if (_history is not null)
        {
            _history = await Stock.HistoryAsync(_history.Device.Id, _scope!, CancellationToken.None);
        }
    }

    private async Task FilterAsync((StockStatus? Status, Guid? Institution) filter)
    {
        (_status, _institution) = filter;
        await ReloadAsync();
    }

    private async Task RegisterAsync(RegisterDeviceDraft draft)
    {
        var result = await Registration.RegisterAsync(draft.ToRequest(), _scope!, CancellationToken.None);
        if (result.Outcome == CommandOutcome.Created)
        {
            draft.Clear();
        }

        await AfterAsync(result, d => T("stock.registered", d.UniqueId));
    }

    private async Task MoveAsync(MovementRequest request)
    {
        var result = await Movements.MoveAsync(_moving!.Id, request, _scope!, CancellationToken.None);
        if (result.Value is { } moved)
        {
            _moving = null;
            _history ??= new DeviceHistory(moved, []);
        }

        await AfterAsync(result, d => T("stock.moved", $"{d.UniqueId} → {T("stockstatus." + d.Status)} · {d.Custodian}"));
    }

    private async Task AdhereAsync((Guid Institution, AdhesionRequest Request) change)
    {
        var result = await Adhesion.SetAsync(change.Institution, change.Request, _scope!, CancellationToken.None);
        await AfterAsync(result, c => T("stock.adhesion_saved", c.Name));
    }

    private async Task AfterAsync<TValue>(CommandResult<TValue> result, Func<TValue, string> done)
    {
        _problems = result.Problems;
        _message = result.Value is { } value ? done(value) : null;
        await ReloadAsync();
    }

    private void StartMove(StockDeviceView device)
    {
        _moving = device;
        _problems = [];
        _message = null;
    }

    private async Task ShowHistoryAsync(StockDeviceView device)
    {
        _history = await Stock.HistoryAsync(device.Id, _scope!, CancellationToken.None);
    }
}
