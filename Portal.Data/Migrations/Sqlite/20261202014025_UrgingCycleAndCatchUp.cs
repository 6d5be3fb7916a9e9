using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UrgingCycleAndCatchUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Sent",
                table: "UrgingNotices",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // notices recorded before this column existed were all sent

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastRejectedOn",
                table: "CaseTasks",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sent",
                table: "UrgingNotices");

            migrationBuilder.DropColumn(
                name: "LastRejectedOn",
                table: "CaseTasks");
        }
    }
}
