using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CitizenAlertTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PositionAt",
                table: "CitizenAlerts",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // An alert stored before the trail was last placed where it was pressed.
            migrationBuilder.Sql("UPDATE \"CitizenAlerts\" SET \"PositionAt\" = \"RaisedAt\";");

            migrationBuilder.CreateTable(
                name: "CitizenAlertPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    AccuracyMetres = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenAlertPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenAlertPositions_CitizenAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "CitizenAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenAlertPositions_AlertId_At",
                table: "CitizenAlertPositions",
                columns: new[] { "AlertId", "At" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CitizenAlertPositions");

            migrationBuilder.DropColumn(
                name: "PositionAt",
                table: "CitizenAlerts");
        }
    }
}
