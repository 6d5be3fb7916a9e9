using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryMultiTaskWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    EntryCutOff = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    UrgentSameDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    TracksTasksWithoutDeadline = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarningDays = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UrgingIntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticesBeforeEscalation = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationBase = table.Column<double>(type: "REAL", nullable: false),
                    OverdueDeduction = table.Column<double>(type: "REAL", nullable: false),
                    ExtensionDeduction = table.Column<double>(type: "REAL", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
