namespace Amparo.Data.Integrity;

/// <summary>The kinds of record the ledger seals.</summary>
public static class LedgerKinds
{
    public const string Audit = "audit";

    public const string Alarm = "alarm";

    public const string Document = "document";
}
