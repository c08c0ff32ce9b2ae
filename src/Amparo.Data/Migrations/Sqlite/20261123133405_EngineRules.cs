using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScheduleJson",
                table: "Zones",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSeenAt",
                table: "Devices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportIntervalSeconds",
                table: "Devices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EngineSettingsJson",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZone",
                table: "Cases",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "America/Lima");

            migrationBuilder.AddColumn<string>(
                name: "ClearReason",
                table: "Alarms",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClearedAt",
                table: "Alarms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EscalatedAt",
                table: "Alarms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Alarms",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "Alarms",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "DeviceEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BatteryPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    RawFrame = table.Column<string>(type: "TEXT", nullable: true)
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
