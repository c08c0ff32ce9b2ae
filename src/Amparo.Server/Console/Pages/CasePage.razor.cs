using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Amparo.Server.Cases.Replay;
using Amparo.Server.Console.Components;
using Amparo.Server.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Pages;

/// <summary>
/// A case at a glance: its people, measures, devices' health and alarms beside a map that replays both tracks over a
/// chosen window, with the distance between the parties over time. Opened from an alarm, it replays the half hour
/// around it.
/// </summary>
public sealed partial class CasePage
{
    private const string AlarmWindow = "alarm";
    private static readonly int[] HourChoices = [1, 6, 24, 168];

    private CaseDetail? _detail;
    private IReadOnlyList<AlarmView> _alarms = [];
    private CaseReplay? _replay;
    private UserScope? _scope;
    private DateTime _now;
    private string _window = "24";
    private AlarmView? _focus;
    private bool _loaded;
    private bool _ready;
    private bool _mapReady;
    private bool _replayToDraw;

    [Inject] private CaseQueries Cases { get; set; } = null!;
    [Inject] private AlarmQueries AlarmReader { get; set; } = null!;
    [Inject] private CaseReplayReader Replays { get; set; } = null!;
    [Inject] private ConsoleSession Session { get; set; } = null!;
    [Inject] private VictimLocationAudit Audit { get; set; } = null!;
    [Inject] private IOptions<MapOptions> Map { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private ConsoleClock Clock { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Parameter]
    public Guid CaseId { get; set; }

    /// <summary>The alarm to replay around, when the page is opened from one.</summary>
    [SupplyParameterFromQuery(Name = "alarma")]
    public Guid? AlarmId { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        _scope = await Session.ScopeAsync(CancellationToken.None);
        _detail = await Cases.GetAsync(CaseId, _scope, CancellationToken.None);
        if (_detail is not null)
        {
            _alarms = (await AlarmReader.ListAsync(openOnly: false, _scope.Jurisdictions, CaseId, CancellationToken.None)).Select(a => a.For(_scope.SeesVictimLocation)).ToList();
            _focus = _alarms.FirstOrDefault(a => a.Id == AlarmId);
            _window = _focus is null ? "24" : AlarmWindow;
        }

        _loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && _detail is not null)
        {
            var map = new MapInterop(JS, "case-map");
            await map.InitAsync(Map.Value);
            await map.ZonesAsync(CaseId, _detail.Case.FileNumber, _detail.Zones);
            _mapReady = true;
            await LoadReplayAsync();
            return;
        }

        if (_replayToDraw && _replay is not null && _mapReady)
        {
            _replayToDraw = false;
            await JS.InvokeVoidAsync("amparoReplay.load", "case-map", _replay, new
            {
                lang = CultureInfo.CurrentUICulture.Name,
                zone = Clock.Zone.Id,
                staleSeconds = CaseReplayReader.SeparationStaleness.TotalSeconds,
                aggressorLabel = T("map.aggressor"),
                victimLabel = T("map.victim"),
                at = _window == AlarmWindow ? _focus?.RaisedAt : null,
            });
            _ready = true;
            StateHasChanged();
        }
    }

    private List<KeyValuePair<string, string>> Windows()
    {
        var choices = HourChoices
            .Select(h => new KeyValuePair<string, string>(h.ToString(CultureInfo.InvariantCulture), h == 168 ? T("replay.last_week") : T("replay.last_hours", h)))
            .ToList();
        if (_focus is not null)
        {
            choices.Add(new KeyValuePair<string, string>(AlarmWindow, T("replay.around_alarm")));
        }

        return choices;
    }

    private async Task ChooseWindowAsync(string window)
    {
        _window = window;
        await LoadReplayAsync();
    }

    private async Task ReplayAlarmAsync(AlarmView alarm)
    {
        _focus = alarm;
        _window = AlarmWindow;
        await LoadReplayAsync();
    }

    private async Task LoadReplayAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        var window = _window == AlarmWindow && _focus is not null
            ? ReplayWindow.Around(_focus.RaisedAt, _now)
            : ReplayWindow.LastHours(_now, int.Parse(_window, CultureInfo.InvariantCulture));
        _replay = await Replays.ReadAsync(CaseId, window, _scope!, CancellationToken.None);
        if (_replay?.Victim is not null)
        {
            await Audit.RecordReadAsync(_scope!, CaseId, "console case replay", Session.RemoteAddress, CancellationToken.None);
        }

        _replayToDraw = true;
        StateHasChanged();
    }
}
