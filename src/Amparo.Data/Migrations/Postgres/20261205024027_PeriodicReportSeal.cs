using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PeriodicReportSeal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LedgerIndex",
                table: "PeriodicReports",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_LedgerIndex",
                table: "PeriodicReports",
                column: "LedgerIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PeriodicReports_LedgerIndex",
                table: "PeriodicReports");

            migrationBuilder.DropColumn(
                name: "LedgerIndex",
                table: "PeriodicReports");
        }
    }
}
