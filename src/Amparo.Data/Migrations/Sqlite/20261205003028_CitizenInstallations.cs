using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Amparo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CitizenInstallations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_Cases_CaseId",
                table: "AppInstallations");

            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_Devices_DeviceId",
                table: "AppInstallations");

            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_People_PersonId",
                table: "AppInstallations");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "DeviceId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "CaseId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "CitizenId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppInstallations_CitizenId",
                table: "AppInstallations",
                column: "CitizenId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AppInstallations_Holder",
                table: "AppInstallations",
                sql: "(\"CaseId\" IS NOT NULL AND \"PersonId\" IS NOT NULL AND \"DeviceId\" IS NOT NULL AND \"CitizenId\" IS NULL) OR (\"CaseId\" IS NULL AND \"PersonId\" IS NULL AND \"DeviceId\" IS NULL AND \"CitizenId\" IS NOT NULL)");

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_Cases_CaseId",
                table: "AppInstallations",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_CitizenAccounts_CitizenId",
                table: "AppInstallations",
                column: "CitizenId",
                principalTable: "CitizenAccounts",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_Devices_DeviceId",
                table: "AppInstallations",
                column: "DeviceId",
                principalTable: "Devices",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_People_PersonId",
                table: "AppInstallations",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_Cases_CaseId",
                table: "AppInstallations");

            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_CitizenAccounts_CitizenId",
                table: "AppInstallations");

            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_Devices_DeviceId",
                table: "AppInstallations");

            migrationBuilder.DropForeignKey(
                name: "FK_AppInstallations_People_PersonId",
                table: "AppInstallations");

            migrationBuilder.DropIndex(
                name: "IX_AppInstallations_CitizenId",
                table: "AppInstallations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AppInstallations_Holder",
                table: "AppInstallations");

            migrationBuilder.DropColumn(
                name: "CitizenId",
                table: "AppInstallations");

            migrationBuilder.AlterColumn<Guid>(
                name: "PersonId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "DeviceId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "CaseId",
                table: "AppInstallations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_Cases_CaseId",
                table: "AppInstallations",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_Devices_DeviceId",
                table: "AppInstallations",
                column: "DeviceId",
                principalTable: "Devices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AppInstallations_People_PersonId",
                table: "AppInstallations",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
