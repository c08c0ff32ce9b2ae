using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IntegrityLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LedgerIndex",
                table: "AuditEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LedgerIndex",
                table: "Alarms",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LedgerEntries",
                columns: table => new
                {
                    Index = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SealedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntries", x => x.Index);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_LedgerIndex",
                table: "AuditEvents",
                column: "LedgerIndex");

            migrationBuilder.CreateIndex(
                name: "IX_Alarms_State_LedgerIndex",
                table: "Alarms",
                columns: new[] { "State", "LedgerIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Kind_RecordKey",
                table: "LedgerEntries",
                columns: new[] { "Kind", "RecordKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEvents_LedgerIndex",
                table: "AuditEvents");

            migrationBuilder.DropIndex(
                name: "IX_Alarms_State_LedgerIndex",
                table: "Alarms");

            migrationBuilder.DropColumn(
                name: "LedgerIndex",
                table: "AuditEvents");

            migrationBuilder.DropColumn(
                name: "LedgerIndex",
                table: "Alarms");
        }
    }
}
