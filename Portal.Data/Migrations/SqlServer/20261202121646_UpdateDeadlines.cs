using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UpdateDeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeOnly>(
                name: "AnswerEntryCutOff",
                table: "RuleSettings",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnswerEntryWorkingDays",
                table: "RuleSettings",
                type: "int",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<double>(
                name: "LateUpdateDeduction",
                table: "RuleSettings",
                type: "float",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ReviewCutOff",
                table: "RuleSettings",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewWorkingDays",
                table: "RuleSettings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerEntryDueOn",
                table: "CaseTasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "ReportDocumentTime",
                table: "CaseTasks",
                type: "time",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDueOn",
                table: "CaseTasks",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_AnswerEntryDueOn_State",
                table: "CaseTasks",
                columns: new[] { "AnswerEntryDueOn", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_ReviewDueOn_State",
                table: "CaseTasks",
                columns: new[] { "ReviewDueOn", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_AnswerEntryDueOn_State",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_ReviewDueOn_State",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "AnswerEntryCutOff",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "AnswerEntryWorkingDays",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "LateUpdateDeduction",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ReviewCutOff",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ReviewWorkingDays",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "AnswerEntryDueOn",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "ReportDocumentTime",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "ReviewDueOn",
                table: "CaseTasks");
        }
    }
}
