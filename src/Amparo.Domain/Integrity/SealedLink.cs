namespace Amparo.Domain.Integrity;

/// <summary>A link of the ledger as stored: the record it seals (kind, key, hash), when, and the chain's hashes.</summary>
public sealed record SealedLink(long Index, string Kind, string RecordKey, string RecordHash, DateTime SealedAt, string PreviousHash, string Hash)
{
    /// <summary>The hash the link should have, from its content.</summary>
    public string ExpectedHash => LedgerLink.Hash(Index, Kind, RecordKey, RecordHash, SealedAt, PreviousHash);
}
