using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL only: the tables Orleans' ADO.NET providers keep the cluster in (issue 10), so several Amparo servers
    /// on one database form one cluster: its membership (which silos live, their heartbeats and suspicions, under one
    /// version row every change bumps) and its reminders (what wakes a case's engine on a surviving silo after its
    /// own silo died). The providers run no SQL of their own: they read the statements by key from "orleansquery"
    /// and bind their parameters by name (@DeploymentId, @Version, …), reading the result columns by name.
    /// Amparo writes those statements here for its own tables; each conditional write is one statement that locks the
    /// version row it tests, so a write on a stale version changes nothing and answers 0.
    /// </summary>
    public partial class OrleansStorage : Migration
    {
        private const string Tables = """
            CREATE TABLE orleansquery (
                querykey varchar(64) PRIMARY KEY,
                querytext text NOT NULL
            );

            CREATE TABLE orleans_membership_version (
                deployment_id varchar(150) PRIMARY KEY,
                changed_at timestamptz NOT NULL DEFAULT now(),
                version integer NOT NULL DEFAULT 0
            );

            CREATE TABLE orleans_membership (
                deployment_id varchar(150) NOT NULL REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE,
                address varchar(45) NOT NULL,
                port integer NOT NULL,
                generation integer NOT NULL,
                silo_name varchar(150) NOT NULL,
                host_name varchar(150) NOT NULL,
                status integer NOT NULL,
                proxy_port integer NULL,
                suspect_times text NULL,
                start_time timestamptz NOT NULL,
                i_am_alive_time timestamptz NOT NULL,
                PRIMARY KEY (deployment_id, address, port, generation)
            );

            CREATE TABLE orleans_reminders (
                service_id varchar(150) NOT NULL,
                grain_id varchar(150) NOT NULL,
                reminder_name varchar(150) NOT NULL,
                start_time timestamptz NOT NULL,
                period_ms bigint NOT NULL,
                grain_hash integer NOT NULL,
                version integer NOT NULL,
                PRIMARY KEY (service_id, grain_id, reminder_name)
            );

            CREATE INDEX ix_orleans_reminders_hash ON orleans_reminders (service_id, grain_hash);
            """;

        /// <summary>The columns of a membership read, under the names the provider reads.</summary>
        private const string MemberColumns = """
            v.deployment_id AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
            m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
            m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime",
            v.version AS "Version"
            """;

        private const string ReminderColumns = """
            grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime", period_ms AS "Period",
            version AS "Version"
            """;

        private static readonly (string Key, string Text)[] Queries =
        [
            ("InsertMembershipVersionKey", """
                WITH added AS (
                    INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
                    ON CONFLICT (deployment_id) DO NOTHING
                    RETURNING 1)
                SELECT count(*)::int FROM added
                """),
            ("InsertMembershipKey", """
                WITH current_version AS (
                    SELECT deployment_id FROM orleans_membership_version
                    WHERE deployment_id = @DeploymentId AND version = @Version
                    FOR UPDATE),
                added AS (
                    INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name, status,
                        proxy_port, start_time, i_am_alive_time)
                    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
                        @StartTime, @IAmAliveTime
                    FROM current_version
                    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
                    RETURNING deployment_id),
                bumped AS (
                    UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
                    WHERE deployment_id IN (SELECT deployment_id FROM added)
                    RETURNING 1)
                SELECT count(*)::int FROM bumped
                """),
            ("UpdateMembershipKey", """
                WITH current_version AS (
                    SELECT deployment_id FROM orleans_membership_version
                    WHERE deployment_id = @DeploymentId AND version = @Version
                    FOR UPDATE),
                changed AS (
                    UPDATE orleans_membership m
                    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
                    FROM current_version c
                    WHERE m.deployment_id = c.deployment_id AND m.address = @Address AND m.port = @Port
                        AND m.generation = @Generation
                    RETURNING m.deployment_id),
                bumped AS (
                    UPDATE orleans_membership_version SET version = version + 1, changed_at = now()
                    WHERE deployment_id IN (SELECT deployment_id FROM changed)
                    RETURNING 1)
                SELECT count(*)::int FROM bumped
                """),
            ("UpdateIAmAlivetimeKey", """
                UPDATE orleans_membership SET i_am_alive_time = @IAmAliveTime
                WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
                """),
            ("MembershipReadRowKey", $"""
                SELECT {MemberColumns}
                FROM orleans_membership_version v
                LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
                    AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
                WHERE v.deployment_id = @DeploymentId
                """),
            ("MembershipReadAllKey", $"""
                SELECT {MemberColumns}
                FROM orleans_membership_version v
                LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
                WHERE v.deployment_id = @DeploymentId
                """),
            ("GatewaysQueryKey", """
                SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
                FROM orleans_membership
                WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
                """),
            ("DeleteMembershipTableEntriesKey", """
                DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId
                """),
            // Status 6 is Dead: only dead silos' rows are ever cleaned up.
            ("CleanupDefunctSiloEntriesKey", """
                DELETE FROM orleans_membership
                WHERE deployment_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
                    AND start_time < @IAmAliveTime AND coalesce(suspect_times, '') = ''
                """),
            ("CleanupDefunctSiloEntryKey", """
                DELETE FROM orleans_membership
                WHERE deployment_id = @DeploymentId AND status = 6 AND address = @Address AND port = @Port
                    AND generation = @Generation AND i_am_alive_time = @IAmAliveTime AND start_time = @StartTime
                    AND coalesce(suspect_times, '') = coalesce(@SuspectTimes::text, '')
                """),
            ("UpsertReminderRowKey", """
                INSERT INTO orleans_reminders AS r (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version)
                VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period::bigint, @GrainHash, 0)
                ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
                SET start_time = excluded.start_time, period_ms = excluded.period_ms, grain_hash = excluded.grain_hash,
                    version = r.version + 1
                RETURNING r.version AS "Version"
                """),
            ("ReadReminderRowsKey", $"""
                SELECT {ReminderColumns} FROM orleans_reminders
                WHERE service_id = @ServiceId AND grain_id = @GrainId
                """),
            ("ReadReminderRowKey", $"""
                SELECT {ReminderColumns} FROM orleans_reminders
                WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
                """),
            // A ring range that does not wrap past the largest hash, and one that does.
            ("ReadRangeRows1Key", $"""
                SELECT {ReminderColumns} FROM orleans_reminders
                WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
                """),
            ("ReadRangeRows2Key", $"""
                SELECT {ReminderColumns} FROM orleans_reminders
                WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
                """),
            ("DeleteReminderRowKey", """
                WITH gone AS (
                    DELETE FROM orleans_reminders
                    WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
                        AND version = @Version
                    RETURNING 1)
                SELECT count(*)::int FROM gone
                """),
            ("DeleteReminderRowsKey", """
                DELETE FROM orleans_reminders WHERE service_id = @ServiceId
                """),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Tables);
            foreach (var (key, text) in Queries)
            {
                // Dollar-quoted: the statements keep their own quotes.
                migrationBuilder.Sql($"INSERT INTO orleansquery (querykey, querytext) VALUES ('{key}', $orleans${text}$orleans$);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE orleans_reminders;
                DROP TABLE orleans_membership;
                DROP TABLE orleans_membership_version;
                DROP TABLE orleansquery;
                """);
        }
    }
}
