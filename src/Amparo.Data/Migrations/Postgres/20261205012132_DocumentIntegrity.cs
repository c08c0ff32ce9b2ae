using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DocumentIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnchorHash",
                table: "OccurrenceReports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AnchorIndex",
                table: "OccurrenceReports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LedgerIndex",
                table: "OccurrenceReports",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Manifest",
                table: "OccurrenceReports",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordsHash",
                table: "OccurrenceReports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OccurrenceReports_LedgerIndex",
                table: "OccurrenceReports",
                column: "LedgerIndex");

            migrationBuilder.CreateIndex(
                name: "IX_OccurrenceReports_Sha256",
                table: "OccurrenceReports",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OccurrenceReports_LedgerIndex",
                table: "OccurrenceReports");

            migrationBuilder.DropIndex(
                name: "IX_OccurrenceReports_Sha256",
                table: "OccurrenceReports");

            migrationBuilder.DropColumn(
                name: "AnchorHash",
                table: "OccurrenceReports");

            migrationBuilder.DropColumn(
                name: "AnchorIndex",
                table: "OccurrenceReports");

            migrationBuilder.DropColumn(
                name: "LedgerIndex",
                table: "OccurrenceReports");

            migrationBuilder.DropColumn(
                name: "Manifest",
                table: "OccurrenceReports");

            migrationBuilder.DropColumn(
                name: "RecordsHash",
                table: "OccurrenceReports");
        }
    }
}
