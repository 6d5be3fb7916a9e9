using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComplaintFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AcceptedOn",
                table: "ComplaintCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Complex",
                table: "ComplaintCases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolutionDueOn",
                table: "ComplaintCases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Round",
                table: "ComplaintCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ComplaintCaseId",
                table: "CaseTasks",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_ComplaintCaseId",
                table: "CaseTasks",
                column: "ComplaintCaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseTasks_ComplaintCases_ComplaintCaseId",
                table: "CaseTasks",
                column: "ComplaintCaseId",
                principalTable: "ComplaintCases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseTasks_ComplaintCases_ComplaintCaseId",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_ComplaintCaseId",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "AcceptedOn",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "Complex",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "ResolutionDueOn",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "Round",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "ComplaintCaseId",
                table: "CaseTasks");
        }
    }
}
