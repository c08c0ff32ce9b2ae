using System.Globalization;
using Amparo.Ingest.OsmAnd;

namespace Amparo.Cli.Simulation;

/// <summary>A phone with an OsmAnd-protocol app: one HTTP GET per fix, 200 once stored (the HTTP client pools connections).</summary>
public sealed class OsmAndClient(HttpClient http, string id) : ITrackerClient
{
    public bool Acknowledges => true;

    public Task ConnectAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SendAsync(DeviceFix fix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        var extra = string.Create(CultureInfo.InvariantCulture,
            $"&speed={fix.SpeedKnots:0.##}&bearing={fix.Course}&batt={fix.BatteryPercent}{(fix.Valid ? "" : "&valid=false")}");
        using var response = await http.GetAsync(new Uri(OsmAndQuery.For(id, fix.Latitude, fix.Longitude, fix.Utc, extra), UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var reason = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException($"OsmAnd: {(int)response.StatusCode} {reason.Trim()}");
        }
    }

    public ValueTask CloseAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
