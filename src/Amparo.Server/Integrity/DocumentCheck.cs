using Amparo.Data.Integrity;
using Amparo.Domain.Integrity;

namespace Amparo.Server.Integrity;

/// <summary>
/// What a check of a document found: whether it is the file issued, whether its seal in the ledger and the ledger's
/// head it names still hold, what changed since in the records it was made from, and the whole ledger's state.
/// </summary>
public sealed record DocumentCheck(
    string FileSha256,
    DocumentOrigin Origin,
    DocumentFacts? Document,
    bool? SealIntact,
    bool AnchorIntact,
    EvidenceDifference? Records,
    LedgerReport Ledger)
{
    /// <summary>The file issued, its seal and anchor holding (a seal still pending is not a fault), and the ledger intact.</summary>
    public bool Authentic => Origin == DocumentOrigin.Issued && SealIntact != false && AnchorIntact && Ledger.Intact;

    public bool RecordsUnchanged => Records?.None == true;
}

/// <summary>
/// The document a file is: what (its title in Spanish and English), its SHA-256 as issued, of which case (none for a
/// periodic report) and period (none for a notice), issued when and by whom, where it is sealed and the link it names.
/// </summary>
public sealed record DocumentFacts(
    Guid Id, string Title, string Sha256, string? FileNumber, DateTime? From, DateTime? To, DateTime IssuedAt, string IssuedBy, long? LedgerIndex, long? AnchorIndex);
