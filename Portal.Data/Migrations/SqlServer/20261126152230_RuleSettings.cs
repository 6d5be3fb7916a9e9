using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RuleSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RuleSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryWorkingDays = table.Column<int>(type: "int", nullable: false),
                    EntryMultiTaskWorkingDays = table.Column<int>(type: "int", nullable: true),
                    EntryCutOff = table.Column<TimeOnly>(type: "time", nullable: true),
                    UrgentSameDay = table.Column<bool>(type: "bit", nullable: false),
                    TracksTasksWithoutDeadline = table.Column<bool>(type: "bit", nullable: false),
                    WarningDays = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    UrgingIntervalDays = table.Column<int>(type: "int", nullable: false),
                    NoticesBeforeEscalation = table.Column<int>(type: "int", nullable: false),
                    EvaluationBase = table.Column<double>(type: "float", nullable: false),
                    OverdueDeduction = table.Column<double>(type: "float", nullable: false),
                    ExtensionDeduction = table.Column<double>(type: "float", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleSettings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RuleSettings");
        }
    }
}
