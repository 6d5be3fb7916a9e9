using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskClasses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ResponseDocumentRequired",
                table: "RuleSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastUpdateAt",
                table: "CaseTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportingCycle",
                table: "CaseTasks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "WhenDone");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResponseDocumentRequired",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "LastUpdateAt",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "ReportingCycle",
                table: "CaseTasks");
        }
    }
}
