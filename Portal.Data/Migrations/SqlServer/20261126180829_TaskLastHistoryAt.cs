using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TaskLastHistoryAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LastHistoryAt",
                table: "DirectiveTasks",
                type: "datetime2",
                nullable: true);

            // Existing tasks: the moment of their latest history entry (the same stored form of an instant in both columns).
            migrationBuilder.Sql(
                "UPDATE \"DirectiveTasks\" SET \"LastHistoryAt\" = "
                + "(SELECT MAX(h.\"At\") FROM \"TaskHistory\" h WHERE h.\"TaskId\" = \"DirectiveTasks\".\"Id\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastHistoryAt",
                table: "DirectiveTasks");
        }
    }
}
