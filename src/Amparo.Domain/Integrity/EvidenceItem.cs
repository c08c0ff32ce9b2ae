namespace Amparo.Domain.Integrity;

/// <summary>One record a document was made from: its kind, its key and its hash at the time.</summary>
public sealed record EvidenceItem(string Kind, string Key, string Hash);
