using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeriodicReports_JurisdictionId_Period",
                table: "PeriodicReports");

            migrationBuilder.AddColumn<string>(
                name: "AnchorHash",
                table: "PeriodicReports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnchorIndex",
                table: "PeriodicReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "PeriodicReports",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "es");

            migrationBuilder.AddColumn<string>(
                name: "Manifest",
                table: "PeriodicReports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordsHash",
                table: "PeriodicReports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnchorHash",
                table: "Notices",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnchorIndex",
                table: "Notices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LedgerIndex",
                table: "Notices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Manifest",
                table: "Notices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordsHash",
                table: "Notices",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_JurisdictionId_Period_Language",
                table: "PeriodicReports",
                columns: new[] { "JurisdictionId", "Period", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_Sha256",
                table: "PeriodicReports",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_LedgerIndex",
                table: "Notices",
                column: "LedgerIndex");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Sha256",
                table: "Notices",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeriodicReports_JurisdictionId_Period_Language",
                table: "PeriodicReports");

            migrationBuilder.DropIndex(
                name: "IX_PeriodicReports_Sha256",
                table: "PeriodicReports");

            migrationBuilder.DropIndex(
                name: "IX_Notices_LedgerIndex",
                table: "Notices");

            migrationBuilder.DropIndex(
                name: "IX_Notices_Sha256",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "AnchorHash",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "AnchorIndex",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "Manifest",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "RecordsHash",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "AnchorHash",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "AnchorIndex",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "LedgerIndex",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "Manifest",
                table: "Notices");

            migrationBuilder.DropColumn(
                name: "RecordsHash",
                table: "Notices");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_JurisdictionId_Period",
                table: "PeriodicReports",
                columns: new[] { "JurisdictionId", "Period" },
                unique: true);
        }
    }
}
