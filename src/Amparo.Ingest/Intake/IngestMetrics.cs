using System.Diagnostics.Metrics;
using Amparo.Domain.Devices;

namespace Amparo.Ingest.Intake;

/// <summary>Frames received, decoded and rejected per protocol (meter <c>Amparo.Ingest</c>).</summary>
public static class IngestMetrics
{
    public const string MeterName = "Amparo.Ingest";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Received = Meter.CreateCounter<long>("amparo.ingest.frames_received", "{frame}");
    private static readonly Counter<long> Decoded = Meter.CreateCounter<long>("amparo.ingest.frames_decoded", "{frame}");
    private static readonly Counter<long> Rejected = Meter.CreateCounter<long>("amparo.ingest.frames_rejected", "{frame}");
    private static readonly UpDownCounter<long> Connections = Meter.CreateUpDownCounter<long>("amparo.ingest.connections", "{connection}");

    public static void FrameReceived(DeviceProtocol protocol) => Received.Add(1, Tag(protocol));

    public static void FrameDecoded(DeviceProtocol protocol) => Decoded.Add(1, Tag(protocol));

    public static void FrameRejected(DeviceProtocol protocol, string reason) =>
        Rejected.Add(1, Tag(protocol), new KeyValuePair<string, object?>("reason", reason));

    public static void ConnectionOpened(DeviceProtocol protocol) => Connections.Add(1, Tag(protocol));

    public static void ConnectionClosed(DeviceProtocol protocol) => Connections.Add(-1, Tag(protocol));

    private static KeyValuePair<string, object?> Tag(DeviceProtocol protocol) => new("protocol", protocol.ToString().ToLowerInvariant());
}
