namespace Amparo.Ingest.Gt06;

/// <summary>What a message reader needs to know besides the body: type, header, clone layout, model and serial.</summary>
internal readonly record struct Gt06Context(byte Type, bool Extended, Gt06Layout Layout, Gt06Model Model, ushort Serial);
