using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReminderAndSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline",
                table: "DirectiveTasks",
                columns: new[] { "EscalatedAt", "State", "EffectiveDeadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline",
                table: "DirectiveTasks");
        }
    }
}
