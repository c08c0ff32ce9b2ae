using Amparo.Domain.Positions;

namespace Amparo.Ingest.Teltonika;

/// <summary>One decoded Teltonika frame: the IMEI of a handshake, or the records of an AVL packet and the count reply.</summary>
public sealed record TeltonikaPacket(string? Imei, int Codec, IReadOnlyList<DeviceReport> Records, byte[]? Reply);
