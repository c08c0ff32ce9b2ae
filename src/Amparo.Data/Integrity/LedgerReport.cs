using Amparo.Domain.Integrity;

namespace Amparo.Data.Integrity;

/// <summary>
/// What a check of the whole ledger found: how many links, the head's hash, every fault, and how many records are
/// not sealed yet (recent ones wait for the sealer; that is not a fault).
/// </summary>
public sealed record LedgerReport(long Links, string Head, IReadOnlyList<LedgerProblem> Problems, int UnsealedAudit, int UnsealedResolvedAlarms)
{
    public bool Intact => Problems.Count == 0;
}
