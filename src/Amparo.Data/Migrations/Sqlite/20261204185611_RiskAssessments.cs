using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RiskAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InstitutionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    RawScore = table.Column<int>(type: "INTEGER", nullable: false),
                    BandLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AppliedRulesJson = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FinalLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FinalLabelEs = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    FinalLabelEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CommonLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OverrideLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OverrideBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RiskInstruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Jurisdiction = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskInstruments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_CaseId_AssessedOn",
                table: "RiskAssessments",
                columns: new[] { "CaseId", "AssessedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_InstitutionId",
                table: "RiskAssessments",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskInstruments_Code_Version",
                table: "RiskInstruments",
                columns: new[] { "Code", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "RiskInstruments");
        }
    }
}
