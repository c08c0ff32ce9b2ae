using Amparo.Server.Cases;
using Amparo.Server.Hosting;
using Microsoft.JSInterop;

namespace Amparo.Server.Console.Components;

/// <summary>Drives the Leaflet map in wwwroot/js/amparo-map.js.</summary>
public sealed class MapInterop(IJSRuntime js, string elementId)
{
    public ValueTask InitAsync(MapOptions options) =>
        js.InvokeVoidAsync("amparoMap.init", elementId, options.TileUrl, options.TileAttribution);

    public ValueTask ZonesAsync(Guid caseId, string label, IReadOnlyList<ZoneView> zones) =>
        js.InvokeVoidAsync("amparoMap.zones", elementId, caseId, label, zones);

    public ValueTask MarkerAsync(Guid caseId, string role, string label, double latitude, double longitude, double? accuracy) =>
        js.InvokeVoidAsync("amparoMap.marker", elementId, caseId, role, label, latitude, longitude, accuracy);

    public ValueTask TrackAsync(string role, IEnumerable<TrackPoint> points) =>
        js.InvokeVoidAsync("amparoMap.track", elementId, role, points.Select(p => new[] { p.Latitude, p.Longitude }));

    public ValueTask FocusAsync(double latitude, double longitude) =>
        js.InvokeVoidAsync("amparoMap.focus", elementId, latitude, longitude);

    public ValueTask FitAsync() => js.InvokeVoidAsync("amparoMap.fit", elementId);
}
