using System.Globalization;
using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Amparo.Domain.Intake;
using Amparo.Domain.Risk;
using Amparo.Server.Auth;
using Amparo.Server.Console.Components;
using Amparo.Server.Console.Components.Intake;
using Amparo.Server.Geocoding;
using Amparo.Server.Hosting;
using Amparo.Server.Intake;
using Amparo.Server.Risk;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Pages;

/// <summary>
/// A case from its order to activation: the conditions still missing and what the protocol proposes, the parties'
/// addresses placed on the map with the ordered perimeter around hers, the signal reports, her decision, the risk
/// assessment, and the case's history. Each part is open only to the roles that do it.
/// </summary>
public sealed partial class IntakePage : IAsyncDisposable
{
    private const string MapId = "intake-map";
    private IntakeView? _view;
    private IReadOnlyList<TimelineEntryView> _timeline = [];
    private RiskInstrumentDefinition? _instrument;
    private IReadOnlyList<string> _riskProblems = [];
    private UserScope? _scope;
    private DotNetObjectReference<IntakePage>? _self;
    private Guid? _placing;
    private string _latitude = "";
    private string _longitude = "";
    private string? _message;
    private IReadOnlyList<GeocodeCandidate>? _candidates;
    private string? _searchMessage;
    private bool _searching;
    private bool _canRecord;
    private bool _canPlace;
    private bool _canSurvey;
    private bool _canAssess;
    private bool _riskOpen;
    private bool _loaded;
    private bool _ready;

    [Inject] private IntakeQueries Intake { get; set; } = null!;
    [Inject] private TimelineQueries Timeline { get; set; } = null!;
    [Inject] private AddressCommands Addresses { get; set; } = null!;
    [Inject] private AddressGeocoding Geocoding { get; set; } = null!;
    [Inject] private ConsentCommands Consent { get; set; } = null!;
    [Inject] private CaseActivation Activation { get; set; } = null!;
    [Inject] private RiskCatalog Instruments { get; set; } = null!;
    [Inject] private RiskAssessmentCommands Risk { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = null!;
    [Inject] private AuditLog Audit { get; set; } = null!;
    [Inject] private ConsoleSession Session { get; set; } = null!;
    [Inject] private IOptions<MapOptions> Map { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Parameter]
    public Guid CaseId { get; set; }

    private AddressView? Placing => _view?.Addresses.FirstOrDefault(a => a.Id == _placing);

    private bool CanActivate => _view?.Status == "Ordered" && _scope is not null && _scope.IsAny(AmparoRoles.CaseActivators);

    protected override async Task OnInitializedAsync()
    {
        _scope = await Session.ScopeAsync(CancellationToken.None);
        _canRecord = _scope.IsAny(AmparoRoles.IntakeRecorders);
        _canSurvey = _scope.IsAny(AmparoRoles.CoverageSurveyors);
        _canPlace = _canRecord || _canSurvey;
        _canAssess = _scope.IsAny(RiskPolicies.AssessorRoles);
        var instruments = await Instruments.ListAsync(CancellationToken.None);
        if (instruments.Count > 0 && instruments[0].Versions.Count > 0)
        {
            _instrument = await Instruments.GetAsync(instruments[0].Code, instruments[0].Versions[^1].Version, CancellationToken.None);
        }

        await ReloadAsync();
        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _view is not null)
        {
            await new MapInterop(JS, MapId).InitAsync(Map.Value);
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("amparoIntake.attach", MapId, _self);
            await DrawAsync();
            _ready = true;
            StateHasChanged();
        }
    }

    /// <summary>The map was clicked: where the address being placed is, if one is.</summary>
    [JSInvokable]
    public async Task Placed(double latitude, double longitude)
    {
        if (_placing is null)
        {
            return;
        }

        _latitude = latitude.ToString("F6", CultureInfo.InvariantCulture);
        _longitude = longitude.ToString("F6", CultureInfo.InvariantCulture);
        await JS.InvokeVoidAsync("amparoIntake.pending", MapId, latitude, longitude);
        StateHasChanged();
    }

    public async ValueTask DisposeAsync()
    {
        _self?.Dispose();
        await Task.CompletedTask;
    }

    private async Task ReloadAsync()
    {
        _view = await Intake.GetAsync(CaseId, _scope!, CultureInfo.CurrentUICulture, CancellationToken.None);
        _timeline = await Timeline.GetAsync(CaseId, _scope!, CancellationToken.None) ?? [];
        if (_view is not null && _view.Addresses.Any(a => a.Role == "Victim"))
        {
            await Audit.RecordAsync(new AuditEntry(_scope!.UserName, AuditActions.VictimDataRead, "victim_addresses", CaseId.ToString(), CaseId,
                Session.RemoteAddress, "console intake"), CancellationToken.None);
        }
    }

    private async Task DrawAsync()
    {
        if (_view is null || !_ready && _self is null)
        {
            return;
        }

        var places = _view.Addresses.Select(a => new
        {
            role = a.Role, label = $"{T("party." + a.Role)} · {T("address." + a.Kind)}", latitude = a.Latitude, longitude = a.Longitude,
            confirmed = a.ConfirmedAt is not null, @protected = a.Protected,
        }).ToList();
        await JS.InvokeVoidAsync("amparoIntake.show", MapId, places, _view.PerimeterMetres);
    }

    private async Task AfterAsync<TValue>(CommandResult<TValue> result)
    {
        _message = result.Outcome == CommandOutcome.Done ? T("intake.saved") : string.Join(" ", result.Problems);
        await ReloadAsync();
        await DrawAsync();
    }

    private async Task AddAsync(AddressDraft draft) =>
        await AfterAsync(await Addresses.AddAsync(CaseId, new AddressRequest(draft.Role, draft.Kind, draft.Text, null, null, null), _scope!, CancellationToken.None));

    private void Place(Guid addressId)
    {
        if (_placing != addressId)
        {
            _candidates = null;
            _searchMessage = null;
        }

        _placing = addressId;
        var address = Placing;
        _latitude = address?.Latitude?.ToString("F6", CultureInfo.InvariantCulture) ?? "";
        _longitude = address?.Longitude?.ToString("F6", CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Looks the address up on the programme's geocoder and lists the candidates; none is placed until she picks one.</summary>
    private async Task SearchAsync(Guid addressId)
    {
        Place(addressId);
        _candidates = null;
        _searchMessage = null;
        _searching = true;
        try
        {
            var lookup = await Geocoding.LookUpAsync(CaseId, addressId, _scope!, Session.RemoteAddress, "console", CancellationToken.None);
            _candidates = lookup.Outcome == AddressLookupOutcome.Found && lookup.Candidates.Count > 0 ? lookup.Candidates : null;
            _searchMessage = lookup.Outcome switch
            {
                AddressLookupOutcome.Found => lookup.Candidates.Count > 0 ? T("intake.geocode_pick") : T("intake.geocode_none"),
                AddressLookupOutcome.NotConfigured => T("intake.geocode_off"),
                AddressLookupOutcome.GeocoderFailed => T("intake.geocode_failed"),
                _ => T("intake.geocode_refused"),
            };
        }
        finally
        {
            _searching = false;
        }
    }

    /// <summary>A candidate chosen: the marker goes there, as a click on the map would put it; she still confirms.</summary>
    private async Task ChooseAsync(GeocodeCandidate candidate)
    {
        if (_placing is null)
        {
            return;
        }

        _latitude = candidate.Latitude.ToString("F6", CultureInfo.InvariantCulture);
        _longitude = candidate.Longitude.ToString("F6", CultureInfo.InvariantCulture);
        await JS.InvokeVoidAsync("amparoIntake.pending", MapId, candidate.Latitude, candidate.Longitude, true);
    }

    private async Task ConfirmAsync((double Latitude, double Longitude) at)
    {
        var result = await Addresses.ConfirmAsync(CaseId, _placing!.Value, new ConfirmAddressRequest(at.Latitude, at.Longitude), _scope!, CancellationToken.None);
        if (result.Outcome == CommandOutcome.Done)
        {
            _placing = null;
            _candidates = null;
            _searchMessage = null;
            await JS.InvokeVoidAsync("amparoIntake.pending", MapId, null, null);
        }

        await AfterAsync(result);
    }

    private async Task CoverageAsync((Guid Id, Coverage Coverage) change) =>
        await AfterAsync(await Addresses.CoverageAsync(CaseId, change.Id, new CoverageRequest(change.Coverage, null), _scope!, CancellationToken.None));

    private async Task EndAsync(Guid addressId) =>
        await AfterAsync(await Addresses.EndAsync(CaseId, addressId, _scope!, CancellationToken.None));

    private async Task ConsentAsync(ConsentDecision decision) =>
        await AfterAsync(await Consent.RecordAsync(CaseId, new ConsentRequest(decision, null), _scope!, CancellationToken.None));

    private async Task ActivateAsync() =>
        await AfterAsync(await Activation.ActivateAsync(CaseId, new ActivateRequest(null), _scope!, CultureInfo.CurrentUICulture, CancellationToken.None));

    private async Task AssessAsync((string Institution, IReadOnlyDictionary<string, string> Answers) form)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        var outcome = await Risk.AssessAsync(CaseId, new RiskAssessmentRequest(_instrument!.Code, _instrument.Version, null, null,
            string.IsNullOrWhiteSpace(form.Institution) ? null : form.Institution, form.Answers, null), user, CancellationToken.None);
        _riskProblems = outcome.Errors.SelectMany(e => e.Value).ToList();
        if (outcome.Status == RiskAssessmentStatus.Recorded)
        {
            _riskOpen = false;
            _message = T("intake.saved");
            await ReloadAsync();
            await DrawAsync();
        }
    }
}
