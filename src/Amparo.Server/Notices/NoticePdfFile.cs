namespace Amparo.Server.Notices;

/// <summary>A stored PDF to send: its bytes, its name, and whether it names or locates the victim (its read is then audited).</summary>
public sealed record NoticePdfFile(byte[] Content, string FileName, Guid CaseId, bool CarriesVictimData);
