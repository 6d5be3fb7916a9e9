using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LateCompletionDeduction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "LateCompletionDeduction",
                table: "RuleSettings",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            // Until now late completions were deducted as overdue ones: saved profiles keep that amount.
            migrationBuilder.Sql("UPDATE \"RuleSettings\" SET \"LateCompletionDeduction\" = \"OverdueDeduction\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LateCompletionDeduction",
                table: "RuleSettings");
        }
    }
}
