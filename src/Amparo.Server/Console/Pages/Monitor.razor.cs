using Amparo.Data.Alarms;
using Amparo.Data.Police;
using Amparo.Domain.Alarms;
using Amparo.Domain.People;
using Amparo.Monitoring.Feed;
using Amparo.Server.Alarms;
using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Amparo.Server.Console.Components;
using Amparo.Server.Hosting;
using Amparo.Server.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Pages;

/// <summary>
/// The operator's desk: the live map of the jurisdiction and the queue, most urgent first. The queue's timers tick
/// every second against BS 8484's 10 s / 40 s; while a critical alarm waits unclaimed its tone repeats.
/// </summary>
public sealed partial class Monitor
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly int CriticalRepeatTicks = 5;

    private readonly HashSet<string> _policeShown = new(StringComparer.Ordinal);
    private IReadOnlyList<AlarmView> _alarms = [];
    private UserScope? _scope;
    private MapInterop? _map;
    private AlarmQueue? _queue;
    private DotNetObjectReference<Monitor>? _self;
    private DateTime _now;
    private string? _message;
    private Guid? _selected;
    private bool _ready;
    private int _ticks;
    private Timer? _clock;

    [Inject] private LiveDelivery Feed { get; set; } = default!;
    [Inject] private CaseQueries Cases { get; set; } = default!;
    [Inject] private AlarmQueries AlarmReader { get; set; } = default!;
    [Inject] private AlarmCommands Commands { get; set; } = default!;
    [Inject] private ConsoleSession Session { get; set; } = default!;
    [Inject] private VictimLocationAudit Audit { get; set; } = default!;
    [Inject] private IOptions<MapOptions> Map { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private PoliceUnitStore Police { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _scope = await Session.ScopeAsync(CancellationToken.None);
        await ReloadAlarmsAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _scope is null)
        {
            return;
        }

        _map = new MapInterop(JS, "live-map");
        await _map.InitAsync(Map.Value, new MapLayerNames(T("map.layer_aggressors"), T("map.layer_victims"), T("map.layer_zones"), T("map.layer_police"), T("map.layer_alarms")));
        // Subscribed before the units are read: a unit reported meanwhile is placed by its notice.
        Feed.PoliceUnitReported += OnPoliceUnit;
        await DrawCasesAsync(_map, _scope);
        Feed.AlarmChanged += OnAlarmChanged;
        Feed.PositionReceived += OnPosition;
        // Reload once subscribed: an alarm raised between the first load and the subscription is not missed.
        await ReloadAlarmsAsync();
        await DrawAlarmsAsync();
        _self = DotNetObjectReference.Create(this);
        await JS.InvokeVoidAsync("amparoKeys.attach", _self);
        _clock = new Timer(_ => InvokeAsync(OnTickAsync), null, Tick, Tick);
        _ready = true;
        StateHasChanged();
    }

    private async Task DrawCasesAsync(MapInterop map, UserScope scope)
    {
        var live = await Cases.LiveAsync(scope, CancellationToken.None);
        var markers = new List<MapMarker>();
        foreach (var item in live)
        {
            if (item.Aggressor is { } a)
            {
                markers.Add(new MapMarker(item.Case.Id, "aggressor", $"{T("map.aggressor")} · {item.Case.FileNumber}", a.Latitude, a.Longitude));
            }

            if (item.Victim is { } v)
            {
                markers.Add(new MapMarker(item.Case.Id, "victim", $"{T("map.victim")} · {item.Case.FileNumber}", v.Latitude, v.Longitude));
            }
        }

        // The reads are on record before the victims' positions leave for the browser.
        await Audit.RecordReadsAsync(scope, live.Where(l => l.Victim is not null).Select(l => l.Case.Id), "console live map", Session.RemoteAddress, CancellationToken.None);
        await map.ZoneSetsAsync(live.Select(l => new MapZoneSet(l.Case.Id, l.Case.FileNumber, l.Zones)).ToList());
        await map.MarkersAsync(markers);
        foreach (var unit in await Police.PlacedInAsync(scope.Jurisdictions, CancellationToken.None))
        {
            await map.PoliceAsync(unit.CallSign, unit.Latitude!.Value, unit.Longitude!.Value, unit.Available);
            _policeShown.Add(unit.CallSign);
        }

        await map.FitAsync();
        if (scope.SeesVictimLocation)
        {
            await Audit.RecordSubscriptionAsync(scope, "console", Session.RemoteAddress, CancellationToken.None);
        }
    }

    private async Task DrawAlarmsAsync()
    {
        foreach (var alarm in _alarms)
        {
            await DrawAlarmAsync(alarm);
        }
    }

    private async Task DrawAlarmAsync(AlarmView alarm)
    {
        if (_map is null)
        {
            return;
        }

        if (!AlarmTransitions.IsOpen(alarm.State))
        {
            await _map.ClearAlarmAsync(alarm.Id);
        }
        else if (Where(alarm) is { } at)
        {
            await _map.AlarmAsync(alarm.Id, at.Latitude, at.Longitude, $"{T("type." + alarm.Type)} · {alarm.FileNumber}", alarm.Priority);
        }
    }

    /// <summary>Where an alarm happened, as this operator may see it: the victim's position only to those allowed.</summary>
    private FixEvidence? Where(AlarmView alarm) =>
        alarm.Evidence?.Aggressor ?? (_scope?.SeesVictimLocation == true ? alarm.Evidence?.Victim : null);

    private async Task ReloadAlarmsAsync()
    {
        _alarms = await AlarmReader.ListAsync(openOnly: true, _scope!.Jurisdictions, caseId: null, CancellationToken.None);
    }

    private async Task OnTickAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _ticks++;
        if (_ticks % CriticalRepeatTicks == 0 && _alarms.Any(a => a.State == AlarmState.New && a.Priority == (int)AlarmPriority.Critical))
        {
            await JS.InvokeAsync<bool>("amparoSound.play", "breach");
        }

        StateHasChanged();
    }

    private void OnAlarmChanged(AlarmView alarm)
    {
        if (_scope is null || !_scope.CanSee(alarm.JurisdictionId))
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            var isNew = alarm.State == AlarmState.New && _alarms.All(a => a.Id != alarm.Id);
            _alarms = _alarms.Where(a => a.Id != alarm.Id)
                .Concat(AlarmTransitions.IsOpen(alarm.State) ? [alarm] : [])
                .OrderBy(a => a.Priority).ThenBy(a => a.RaisedAt).ToList();
            _now = Time.GetUtcNow().UtcDateTime;
            StateHasChanged();
            await DrawAlarmAsync(alarm);
            if (isNew)
            {
                await JS.InvokeAsync<bool>("amparoSound.play", alarm.Sound);
            }
        });
    }

    private void OnPosition(PositionNotice position)
    {
        if (_scope is null || _map is null || !_scope.CanSee(position.JurisdictionId)
            || (position.Role == PartyRole.Victim && !_scope.SeesVictimLocation))
        {
            return;
        }

        var role = position.Role == PartyRole.Victim ? "victim" : "aggressor";
        var label = position.Role == PartyRole.Victim ? T("map.victim") : T("map.aggressor");
        _ = InvokeAsync(() => _map.MarkerAsync(position.CaseId, role, label, position.Latitude, position.Longitude).AsTask());
    }

    /// <summary>The AVL feed moved a unit: place it if it is in this operator's jurisdictions, take it off if it left them.</summary>
    private void OnPoliceUnit(PoliceUnitNotice unit)
    {
        if (_scope is null || _map is null)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            if (_scope.CanSee(unit.JurisdictionId))
            {
                _policeShown.Add(unit.CallSign);
                await _map.PoliceAsync(unit.CallSign, unit.Latitude, unit.Longitude, unit.Available);
            }
            else if (_policeShown.Remove(unit.CallSign))
            {
                await _map.ClearPoliceAsync(unit.CallSign);
            }
        });
    }

    private async Task ActAsync(AlarmActRequest request)
    {
        var outcome = await Commands.ExecuteAsync(request.Command, request.Alarm.Id, request.Note, request.Outcome, _scope!, Session.RemoteAddress, CancellationToken.None);
        _message = outcome.Result == AlarmActionResult.Done ? null : T("queue.changed");
        await ReloadAlarmsAsync();
    }

    private async Task SelectAsync(AlarmView alarm)
    {
        _selected = alarm.Id;
        if (_map is not null && Where(alarm) is { } at)
        {
            await _map.FocusAsync(at.Latitude, at.Longitude);
        }
    }

    [JSInvokable]
    public Task OnShortcut(string key) => InvokeAsync(async () =>
    {
        var selected = _alarms.FirstOrDefault(a => a.Id == _selected);
        switch (key)
        {
            case "n":
                await ClaimNextAsync();
                break;
            case "j" or "ArrowDown" or "k" or "ArrowUp":
                await MoveSelectionAsync(key is "j" or "ArrowDown" ? 1 : -1);
                break;
            case "a" when selected is not null:
                _queue?.OpenDialog(selected, AlarmCommand.Acknowledge);
                break;
            case "r" when selected is not null:
                _queue?.OpenDialog(selected, AlarmCommand.Resolve);
                break;
            case "o" when selected is not null:
                Navigation.NavigateTo($"alarmas/{selected.Id}");
                break;
            case "c" when selected is not null:
                Navigation.NavigateTo($"casos/{selected.CaseId}");
                break;
            case "Escape":
                _queue?.CloseDialog();
                break;
        }

        StateHasChanged();
    });

    private async Task ClaimNextAsync()
    {
        if (_scope?.HandlesAlarms != true)
        {
            return;
        }

        var next = _alarms.FirstOrDefault(a => a.State == AlarmState.New);
        if (next is null)
        {
            _message = T("desk.nothing_to_claim");
            return;
        }

        await ActAsync(new AlarmActRequest(AlarmCommand.Claim, next, null));
        await SelectAsync(next);
    }

    private async Task MoveSelectionAsync(int step)
    {
        if (_alarms.Count == 0)
        {
            return;
        }

        var index = _alarms.ToList().FindIndex(a => a.Id == _selected);
        var next = _alarms[Math.Clamp(index < 0 ? 0 : index + step, 0, _alarms.Count - 1)];
        await SelectAsync(next);
    }

    public async ValueTask DisposeAsync()
    {
        Feed.AlarmChanged -= OnAlarmChanged;
        Feed.PositionReceived -= OnPosition;
        Feed.PoliceUnitReported -= OnPoliceUnit;
        if (_clock is not null)
        {
            await _clock.DisposeAsync();
        }

        if (_self is null)
        {
            // Prerendered only, or never became interactive: no shortcuts were attached.
            return;
        }

        try
        {
            await JS.InvokeVoidAsync("amparoKeys.detach");
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with its page: nothing left to detach.
        }

        _self.Dispose();
    }
}
