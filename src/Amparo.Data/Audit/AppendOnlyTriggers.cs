namespace Amparo.Data.Audit;

/// <summary>
/// The database itself refuses to change or remove an audit event (sealing it into the ledger, once, is the only
/// update) or a ledger entry. Someone who can turn triggers off can still edit rows: the ledger's hash chain shows it.
/// </summary>
public static class AppendOnlyTriggers
{
    private const string SealOnly =
        """
        OLD."LedgerIndex" IS NULL AND NEW."LedgerIndex" IS NOT NULL AND NEW."Id" = OLD."Id" AND NEW."At" = OLD."At"
        AND NEW."UserName" = OLD."UserName" AND NEW."Action" = OLD."Action" AND NEW."SubjectType" = OLD."SubjectType"
        AND NEW."SubjectId" IS NOT DISTINCT FROM OLD."SubjectId" AND NEW."CaseId" IS NOT DISTINCT FROM OLD."CaseId"
        AND NEW."RemoteAddress" IS NOT DISTINCT FROM OLD."RemoteAddress" AND NEW."Details" IS NOT DISTINCT FROM OLD."Details"
        """;

    public const string PostgresCreate =
        $$"""
        CREATE OR REPLACE FUNCTION amparo_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'UPDATE' AND ({{SealOnly}}) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'AuditEvents es de solo agregado: % rechazado', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $fn$;
        CREATE OR REPLACE FUNCTION amparo_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            RAISE EXCEPTION 'LedgerEntries es de solo agregado: % rechazado', TG_OP USING ERRCODE = 'insufficient_privilege';
        END $fn$;
        CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON "AuditEvents" FOR EACH ROW EXECUTE FUNCTION amparo_audit_append_only();
        CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "AuditEvents" FOR EACH STATEMENT EXECUTE FUNCTION amparo_audit_append_only();
        CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON "LedgerEntries" FOR EACH ROW EXECUTE FUNCTION amparo_ledger_append_only();
        CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON "LedgerEntries" FOR EACH STATEMENT EXECUTE FUNCTION amparo_ledger_append_only();
        """;

    public const string PostgresDrop =
        """
        DROP TRIGGER IF EXISTS audit_events_append_only ON "AuditEvents";
        DROP TRIGGER IF EXISTS audit_events_no_truncate ON "AuditEvents";
        DROP TRIGGER IF EXISTS ledger_entries_append_only ON "LedgerEntries";
        DROP TRIGGER IF EXISTS ledger_entries_no_truncate ON "LedgerEntries";
        DROP FUNCTION IF EXISTS amparo_audit_append_only();
        DROP FUNCTION IF EXISTS amparo_ledger_append_only();
        """;

    /// <summary>SQLite has no IS DISTINCT FROM: its IS compares nulls as values.</summary>
    public static readonly string SqliteCreate =
        $"""
        CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON "AuditEvents"
        BEGIN SELECT RAISE(ABORT, 'AuditEvents es de solo agregado: DELETE rechazado'); END;
        CREATE TRIGGER audit_events_seal_only BEFORE UPDATE ON "AuditEvents" WHEN NOT ({SealOnly.Replace("IS NOT DISTINCT FROM", "IS", StringComparison.Ordinal)})
        BEGIN SELECT RAISE(ABORT, 'AuditEvents es de solo agregado: UPDATE rechazado'); END;
        CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON "LedgerEntries"
        BEGIN SELECT RAISE(ABORT, 'LedgerEntries es de solo agregado: DELETE rechazado'); END;
        CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON "LedgerEntries"
        BEGIN SELECT RAISE(ABORT, 'LedgerEntries es de solo agregado: UPDATE rechazado'); END;
        """;

    public const string SqliteDrop =
        """
        DROP TRIGGER IF EXISTS audit_events_no_delete;
        DROP TRIGGER IF EXISTS audit_events_seal_only;
        DROP TRIGGER IF EXISTS ledger_entries_no_delete;
        DROP TRIGGER IF EXISTS ledger_entries_no_update;
        """;
}
