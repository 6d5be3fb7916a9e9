using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HistorySnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Deadline",
                table: "TaskHistory",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision",
                table: "TaskHistory",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LeadUnitId",
                table: "TaskHistory",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Started",
                table: "TaskHistory",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "TaskHistory",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Deadline",
                table: "TaskHistory");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "TaskHistory");

            migrationBuilder.DropColumn(
                name: "LeadUnitId",
                table: "TaskHistory");

            migrationBuilder.DropColumn(
                name: "Started",
                table: "TaskHistory");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "TaskHistory");
        }
    }
}
