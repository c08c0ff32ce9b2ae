namespace Amparo.Data.Integrity;

/// <summary>
/// One link of the integrity ledger: an append-only hash chain sealing each audit event, each resolved alarm with its
/// actions, and each issued document, so an altered or deleted record, or link, is detectable (<c>amparo verify</c>).
/// </summary>
public sealed class LedgerEntry
{
    /// <summary>1, 2, 3… without gaps: assigned by the sealer, the primary key, so two sealers cannot both append.</summary>
    public long Index { get; set; }

    /// <summary>What is sealed: <see cref="LedgerKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The sealed record's key (an audit event's number, an alarm's or a document's id).</summary>
    public required string RecordKey { get; set; }

    /// <summary>SHA-256 of the record's canonical text when sealed.</summary>
    public required string RecordHash { get; set; }

    public DateTime SealedAt { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
