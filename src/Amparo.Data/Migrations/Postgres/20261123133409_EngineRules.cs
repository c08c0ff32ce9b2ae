using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EngineRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Alarms_OpenPerCaseAndType",
                table: "Alarms");

            migrationBuilder.AddColumn<string>(
                name: "PathJson",
                table: "Zones",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleJson",
                table: "Zones",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSeenAt",
                table: "Devices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportIntervalSeconds",
                table: "Devices",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EngineSettingsJson",
                table: "Cases",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Cases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "America/Lima");

            migrationBuilder.AddColumn<string>(
                name: "ClearReason",
                table: "Alarms",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClearedAt",
                table: "Alarms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EscalatedAt",
                table: "Alarms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Alarms",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Alarms",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DeviceEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BatteryPercent = table.Column<int>(type: "integer", nullable: true),
                    RawFrame = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceEvents_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Alarms_OpenPerCaseTypeAndSubject",
                table: "Alarms",
                columns: new[] { "CaseId", "Type", "Subject" },
                unique: true,
                filter: "\"State\" <> 'Resolved'");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceEvents_DeviceId_At",
                table: "DeviceEvents",
                columns: new[] { "DeviceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceEvents_DeviceId_At_Kind",
                table: "DeviceEvents",
                columns: new[] { "DeviceId", "At", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeviceEvents");

            migrationBuilder.DropIndex(
                name: "IX_Alarms_OpenPerCaseTypeAndSubject",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "PathJson",
                table: "Zones");

            migrationBuilder.DropColumn(
                name: "ScheduleJson",
                table: "Zones");

            migrationBuilder.DropColumn(
                name: "LastSeenAt",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "ReportIntervalSeconds",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "EngineSettingsJson",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TimeZone",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClearReason",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "ClearedAt",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "Alarms");

            migrationBuilder.CreateIndex(
                name: "IX_Alarms_OpenPerCaseAndType",
                table: "Alarms",
                columns: new[] { "CaseId", "Type" },
                unique: true,
                filter: "\"State\" <> 'Resolved'");
        }
    }
}
