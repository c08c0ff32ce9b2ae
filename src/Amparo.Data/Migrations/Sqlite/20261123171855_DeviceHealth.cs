using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeviceHealth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LastBatteryPercent",
                table: "Devices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastSignal",
                table: "Devices",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastBatteryPercent",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "LastSignal",
                table: "Devices");
        }
    }
}
