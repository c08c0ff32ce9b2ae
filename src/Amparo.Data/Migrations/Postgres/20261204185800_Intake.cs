using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ActivatedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActivatedBy",
                table: "Cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Closure",
                table: "Cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiryWarnedFor",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PerimeterMetres",
                table: "Cases",
                type: "double precision",
                nullable: false,
                defaultValue: 1000.0);

            migrationBuilder.AddColumn<string>(
                name: "VictimConsent",
                table: "Cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.AddColumn<DateTime>(
                name: "VictimConsentAt",
                table: "Cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VictimConsentBy",
                table: "Cases",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseAddresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    Protected = table.Column<bool>(type: "boolean", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Coverage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CoverageNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CoverageBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CoverageAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAddresses_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseAddresses_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CessationInterviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Institution = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConductedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RisksExplained = table.Column<bool>(type: "boolean", nullable: false),
                    WishesToLeave = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CessationInterviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CessationInterviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JudicialOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Judge = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileNumber = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PerimeterMetres = table.Column<double>(type: "double precision", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReleasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudicialOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JudicialOrders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JudicialOrders_StoredFiles_DocumentFileId",
                        column: x => x.DocumentFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseAddresses_CaseId",
                table: "CaseAddresses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAddresses_PersonId",
                table: "CaseAddresses",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CessationInterviews_CaseId_At",
                table: "CessationInterviews",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_JudicialOrders_CaseId_IssuedOn",
                table: "JudicialOrders",
                columns: new[] { "CaseId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_JudicialOrders_DocumentFileId",
                table: "JudicialOrders",
                column: "DocumentFileId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseAddresses");

            migrationBuilder.DropTable(
                name: "CessationInterviews");

            migrationBuilder.DropTable(
                name: "JudicialOrders");

            migrationBuilder.DropColumn(
                name: "ActivatedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ActivatedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Closure",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExpiryWarnedFor",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PerimeterMetres",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "VictimConsent",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "VictimConsentAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "VictimConsentBy",
                table: "Cases");
        }
    }
}
