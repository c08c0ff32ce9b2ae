using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeviceStock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AdheredOn",
                table: "Institutions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Adherent",
                table: "Institutions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "CustodianId",
                table: "Devices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReservedCaseId",
                table: "Devices",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StockStatus",
                table: "Devices",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "InStore");

            // A device worn now, registered before the stock existed, is Installed.
            migrationBuilder.Sql("UPDATE \"Devices\" SET \"StockStatus\" = 'Installed' WHERE \"Id\" IN (SELECT \"DeviceId\" FROM \"DeviceAssignments\" WHERE \"RemovedAt\" IS NULL);");

            migrationBuilder.CreateTable(
                name: "FieldActs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    InstitutionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivingInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldActs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldActs_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FieldActs_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldActs_Institutions_ReceivingInstitutionId",
                        column: x => x.ReceivingInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FieldActs_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActAttendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SignatureFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActAttendees_FieldActs_ActId",
                        column: x => x.ActId,
                        principalTable: "FieldActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActAttendees_StoredFiles_SignatureFileId",
                        column: x => x.SignatureFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ActPhotos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Caption = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActPhotos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActPhotos_FieldActs_ActId",
                        column: x => x.ActId,
                        principalTable: "FieldActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActPhotos_StoredFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DamageCharges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Condition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EstimatedCost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChargedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SettledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SettlementNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DamageCharges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DamageCharges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DamageCharges_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DamageCharges_FieldActs_ActId",
                        column: x => x.ActId,
                        principalTable: "FieldActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DamageCharges_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeviceMovements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToInstitutionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActId = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeviceMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeviceMovements_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DeviceMovements_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeviceMovements_FieldActs_ActId",
                        column: x => x.ActId,
                        principalTable: "FieldActs",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_DeviceMovements_Institutions_FromInstitutionId",
                        column: x => x.FromInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeviceMovements_Institutions_ToInstitutionId",
                        column: x => x.ToInstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FieldActDevices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Installed = table.Column<bool>(type: "boolean", nullable: false),
                    Condition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FieldActDevices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FieldActDevices_DeviceAssignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "DeviceAssignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FieldActDevices_Devices_DeviceId",
                        column: x => x.DeviceId,
                        principalTable: "Devices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FieldActDevices_FieldActs_ActId",
                        column: x => x.ActId,
                        principalTable: "FieldActs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_CustodianId_StockStatus",
                table: "Devices",
                columns: new[] { "CustodianId", "StockStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_Devices_ReservedCaseId",
                table: "Devices",
                column: "ReservedCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceAssignments_DeviceId_Open",
                table: "DeviceAssignments",
                column: "DeviceId",
                unique: true,
                filter: "\"RemovedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ActAttendees_ActId",
                table: "ActAttendees",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_ActAttendees_SignatureFileId",
                table: "ActAttendees",
                column: "SignatureFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ActPhotos_ActId",
                table: "ActPhotos",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_ActPhotos_FileId",
                table: "ActPhotos",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_DamageCharges_ActId",
                table: "DamageCharges",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_DamageCharges_CaseId",
                table: "DamageCharges",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DamageCharges_DeviceId",
                table: "DamageCharges",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_DamageCharges_PersonId",
                table: "DamageCharges",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMovements_ActId",
                table: "DeviceMovements",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMovements_CaseId",
                table: "DeviceMovements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMovements_DeviceId_At",
                table: "DeviceMovements",
                columns: new[] { "DeviceId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMovements_FromInstitutionId",
                table: "DeviceMovements",
                column: "FromInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_DeviceMovements_ToInstitutionId",
                table: "DeviceMovements",
                column: "ToInstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldActDevices_ActId",
                table: "FieldActDevices",
                column: "ActId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldActDevices_AssignmentId",
                table: "FieldActDevices",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldActDevices_DeviceId",
                table: "FieldActDevices",
                column: "DeviceId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldActs_CaseId_At",
                table: "FieldActs",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FieldActs_InstitutionId",
                table: "FieldActs",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldActs_PersonId",
                table: "FieldActs",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_FieldActs_ReceivingInstitutionId",
                table: "FieldActs",
                column: "ReceivingInstitutionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Devices_Cases_ReservedCaseId",
                table: "Devices",
                column: "ReservedCaseId",
                principalTable: "Cases",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Devices_Institutions_CustodianId",
                table: "Devices",
                column: "CustodianId",
                principalTable: "Institutions",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Devices_Cases_ReservedCaseId",
                table: "Devices");

            migrationBuilder.DropForeignKey(
                name: "FK_Devices_Institutions_CustodianId",
                table: "Devices");

            migrationBuilder.DropTable(
                name: "ActAttendees");

            migrationBuilder.DropTable(
                name: "ActPhotos");

            migrationBuilder.DropTable(
                name: "DamageCharges");

            migrationBuilder.DropTable(
                name: "DeviceMovements");

            migrationBuilder.DropTable(
                name: "FieldActDevices");

            migrationBuilder.DropTable(
                name: "FieldActs");

            migrationBuilder.DropIndex(
                name: "IX_Devices_CustodianId_StockStatus",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_Devices_ReservedCaseId",
                table: "Devices");

            migrationBuilder.DropIndex(
                name: "IX_DeviceAssignments_DeviceId_Open",
                table: "DeviceAssignments");

            migrationBuilder.DropColumn(
                name: "AdheredOn",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "Adherent",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "CustodianId",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "ReservedCaseId",
                table: "Devices");

            migrationBuilder.DropColumn(
                name: "StockStatus",
                table: "Devices");
        }
    }
}
