using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionNote",
                table: "ComplaintCases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNumber",
                table: "ComplaintCases",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FirstDecision",
                table: "ComplaintCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "LandToRecover",
                table: "ComplaintCases",
                type: "TEXT",
                precision: 20,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "LandToReturn",
                table: "ComplaintCases",
                type: "TEXT",
                precision: 20,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "MoneyToRecover",
                table: "ComplaintCases",
                type: "TEXT",
                precision: 20,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "MoneyToReturn",
                table: "ComplaintCases",
                type: "TEXT",
                precision: 20,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "PeopleDisciplined",
                table: "ComplaintCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ResolvedAt",
                table: "ComplaintCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResolvedById",
                table: "ComplaintCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolvedOn",
                table: "ComplaintCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Verdict",
                table: "ComplaintCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_ResolvedById",
                table: "ComplaintCases",
                column: "ResolvedById");

            migrationBuilder.AddForeignKey(
                name: "FK_ComplaintCases_People_ResolvedById",
                table: "ComplaintCases",
                column: "ResolvedById",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ComplaintCases_People_ResolvedById",
                table: "ComplaintCases");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintCases_ResolvedById",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "DecisionNote",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "DecisionNumber",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "FirstDecision",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "LandToRecover",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "LandToReturn",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "MoneyToRecover",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "MoneyToReturn",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "PeopleDisciplined",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "ResolvedAt",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "ResolvedById",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "ResolvedOn",
                table: "ComplaintCases");

            migrationBuilder.DropColumn(
                name: "Verdict",
                table: "ComplaintCases");
        }
    }
}
