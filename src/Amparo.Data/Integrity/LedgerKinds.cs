namespace Amparo.Data.Integrity;

/// <summary>The kinds of record the ledger seals.</summary>
public static class LedgerKinds
{
    public const string Audit = "audit";

    public const string Alarm = "alarm";

    public const string Document = "document";

    /// <summary>A periodic report of the programme's figures, as the schedule made it.</summary>
    public const string PeriodicReport = "periodic-report";

    /// <summary>A judicial notice (oficio) as issued: its number, file, the records it was written from and the ledger's head it names.</summary>
    public const string Notice = "notice";
}
