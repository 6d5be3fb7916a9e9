using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReminderAndSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline",
                table: "DirectiveTasks",
                columns: new[] { "EscalatedAt", "State", "EffectiveDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_SearchText",
                table: "DirectiveTasks",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_SearchText",
                table: "DirectiveTasks");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
