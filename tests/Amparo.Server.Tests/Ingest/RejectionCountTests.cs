using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Amparo.Data.Database;
using Amparo.Ingest.Intake;
using Amparo.Server.Tests.Support;

namespace Amparo.Server.Tests.Ingest;

[Collection(ServerCollection.Name)]
public class RejectionCountTests(ServerPool servers)
{
    [Fact]
    public async Task Every_refused_request_is_counted_with_its_reason()
    {
        var server = await servers.GetAsync(DatabaseProvider.Sqlite);
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IngestMetrics.MeterName && instrument.Name == "amparo.ingest.frames_rejected")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason")
                {
                    counts.AddOrUpdate((string)tag.Value!, value, (_, v) => v + value);
                }
            }
        });
        listener.Start();

        using var unknown = await server.Device.GetAsync("?id=nobody-here&lat=1&lon=2");
        using var missing = await server.Device.GetAsync("?lat=1&lon=2");
        using var outOfRange = await server.Device.GetAsync("?id=x&lat=1&lon=200");

        Assert.All([unknown, missing, outOfRange], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.True(counts.GetValueOrDefault("unknown_device") >= 1);
        Assert.True(counts.GetValueOrDefault("missing_id") >= 1);
        Assert.True(counts.GetValueOrDefault("bad_coordinates") >= 1);
    }
}
