using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    EntryMultiTaskWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    EntryCutOff = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    UrgentSameDay = table.Column<bool>(type: "boolean", nullable: false),
                    TracksTasksWithoutDeadline = table.Column<bool>(type: "boolean", nullable: false),
                    WarningDays = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UrgingIntervalDays = table.Column<int>(type: "integer", nullable: false),
                    NoticesBeforeEscalation = table.Column<int>(type: "integer", nullable: false),
                    EvaluationBase = table.Column<double>(type: "double precision", nullable: false),
                    OverdueDeduction = table.Column<double>(type: "double precision", nullable: false),
                    ExtensionDeduction = table.Column<double>(type: "double precision", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
