using Amparo.Domain.Positions;

namespace Amparo.Ingest.Teltonika;

/// <summary>One decoded Teltonika frame: the IMEI of a handshake, or the records of an AVL packet and the count reply.</summary>
public sealed record TeltonikaPacket(string? Imei, int Codec, IReadOnlyList<DeviceReport> Records, byte[]? Reply)
{
    /// <summary>
    /// What the records without a fix said: codec 13 replies (<c>result</c>, <c>driverUniqueId</c>) and codec 7
    /// records without coordinates (an SOS among them is <c>alarm: sos</c>).
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object>> Statuses { get; init; } = [];
}
