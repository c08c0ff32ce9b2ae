namespace Amparo.Domain.Integrity;

/// <summary>
/// One link of the integrity ledger: its hash covers its position, what record it seals and that record's hash, when,
/// and the previous link's hash, so changing or removing any earlier link changes every hash after it.
/// </summary>
public static class LedgerLink
{
    public static string Hash(long index, string kind, string recordKey, string recordHash, DateTime sealedAt, string previousHash) =>
        new CanonicalRecord("ledger")
            .Add("index", index)
            .Add("record.kind", kind)
            .Add("record.key", recordKey)
            .Add("record.hash", recordHash)
            .Add("sealedAt", sealedAt)
            .Add("previous", previousHash)
            .Sha256();
}
