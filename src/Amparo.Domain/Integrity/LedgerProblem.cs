namespace Amparo.Domain.Integrity;

/// <summary>One thing wrong found by a check: where in the ledger, which record, and what.</summary>
public sealed record LedgerProblem(long Index, string Kind, string RecordKey, LedgerFault Fault);
