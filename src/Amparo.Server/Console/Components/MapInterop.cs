using Amparo.Server.Cases;
using Amparo.Server.Hosting;
using Microsoft.JSInterop;

namespace Amparo.Server.Console.Components;

/// <summary>Drives the Leaflet map in wwwroot/js/amparo-map.js.</summary>
public sealed class MapInterop(IJSRuntime js, string elementId)
{
    /// <summary>Creates the map; with layer names, the operator may switch those layers on and off.</summary>
    public ValueTask InitAsync(MapOptions options, MapLayerNames? layers = null) =>
        js.InvokeVoidAsync("amparoMap.init", elementId, options.TileUrl, options.TileAttribution, layers);

    public ValueTask ZonesAsync(Guid caseId, string label, IReadOnlyList<ZoneView> zones) =>
        js.InvokeVoidAsync("amparoMap.zones", elementId, caseId, label, zones);

    public ValueTask ZoneSetsAsync(IReadOnlyList<MapZoneSet> sets) =>
        js.InvokeVoidAsync("amparoMap.zoneSets", elementId, sets);

    public ValueTask MarkerAsync(Guid caseId, string role, string label, double latitude, double longitude) =>
        js.InvokeVoidAsync("amparoMap.marker", elementId, caseId, role, label, latitude, longitude);

    public ValueTask MarkersAsync(IReadOnlyList<MapMarker> markers) =>
        js.InvokeVoidAsync("amparoMap.markers", elementId, markers);

    public ValueTask AlarmAsync(Guid alarmId, double latitude, double longitude, string label, int priority) =>
        js.InvokeVoidAsync("amparoMap.alarm", elementId, alarmId, latitude, longitude, label, priority);

    public ValueTask PoliceAsync(string callSign, double latitude, double longitude, bool available) =>
        js.InvokeVoidAsync("amparoMap.police", elementId, callSign, latitude, longitude, available);

    public ValueTask ClearPoliceAsync(string callSign) => js.InvokeVoidAsync("amparoMap.clearPolice", elementId, callSign);

    public ValueTask ClearAlarmAsync(Guid alarmId) => js.InvokeVoidAsync("amparoMap.clearAlarm", elementId, alarmId);

    public ValueTask FocusAsync(double latitude, double longitude) =>
        js.InvokeVoidAsync("amparoMap.focus", elementId, latitude, longitude);

    public ValueTask FitAsync() => js.InvokeVoidAsync("amparoMap.fit", elementId);
}
