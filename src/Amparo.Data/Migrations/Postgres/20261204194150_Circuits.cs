using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Circuits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseCircuits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Circuit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NoDependants = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseCircuits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseCircuits_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCircuits_CaseId_Circuit",
                table: "CaseCircuits",
                columns: new[] { "CaseId", "Circuit" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseCircuits_Circuit_RegisteredAt",
                table: "CaseCircuits",
                columns: new[] { "Circuit", "RegisteredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseCircuits");
        }
    }
}
