namespace Amparo.Domain.Integrity;

/// <summary>What changed in a document's records since it was issued: records edited, removed, and records that now fall in its scope.</summary>
public sealed record EvidenceDifference(IReadOnlyList<EvidenceItem> Changed, IReadOnlyList<EvidenceItem> Removed, IReadOnlyList<EvidenceItem> Added)
{
    public bool None => Changed.Count == 0 && Removed.Count == 0 && Added.Count == 0;
}
