namespace Amparo.Domain.Integrity;

/// <summary>What a check of the ledger can find wrong.</summary>
public enum LedgerFault
{
    /// <summary>An index is missing: a link was deleted.</summary>
    Gap,

    /// <summary>A link's own hash does not match its content: the link was edited.</summary>
    AlteredLink,

    /// <summary>A link does not name the previous link's hash: links were removed or rewritten before it.</summary>
    BrokenChain,

    /// <summary>The sealed record's content changed since it was sealed.</summary>
    AlteredRecord,

    /// <summary>The sealed record is no longer in the database.</summary>
    MissingRecord,
}
