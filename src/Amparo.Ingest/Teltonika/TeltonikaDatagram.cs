namespace Amparo.Ingest.Teltonika;

/// <summary>One decoded Teltonika UDP datagram: the unit's IMEI, its AVL packet, and the reply once it is stored.</summary>
public sealed record TeltonikaDatagram(string Imei, TeltonikaPacket Packet, byte[]? Reply);
