using Amparo.Domain.Integrity;

namespace Amparo.Server.Integrity;

/// <summary>
/// A document Amparo issued and keeps (an occurrences report, a notice, a periodic report) as a check of it needs it:
/// what it is, its seal (the link, and its record's hash now), what it printed of itself, and its records recomputed now.
/// </summary>
internal sealed record IssuedDocument(
    DocumentFacts Facts,
    string SealKind,
    string SealKey,
    string SealHash,
    long? AnchorIndex,
    string? AnchorHash,
    string? RecordsHash,
    string? Manifest,
    Func<CancellationToken, Task<IReadOnlyList<EvidenceItem>>> RecordsNow);
