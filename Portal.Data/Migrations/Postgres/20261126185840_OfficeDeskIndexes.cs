using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfficeDeskIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline~",
                table: "DirectiveTasks");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_EffectiveDeadline_State_Id_EscalatedAt",
                table: "DirectiveTasks",
                columns: new[] { "EffectiveDeadline", "State", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline_Id",
                table: "DirectiveTasks",
                columns: new[] { "EscalatedAt", "State", "EffectiveDeadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline_Id_EscalatedAt",
                table: "DirectiveTasks",
                columns: new[] { "State", "EffectiveDeadline", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id_~",
                table: "DirectiveTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline~",
                table: "DirectiveTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id", "EscalatedAt" });

            // The desk counts are read from indexes alone only where the visibility map is current, and the planner
            // needs fresh statistics: vacuum and analyze the register after about 1% of it changed (the default waits for
            // 20%, hundreds of thousands of rows at national scale).
            migrationBuilder.Sql(
                "ALTER TABLE \"DirectiveTasks\" SET (autovacuum_vacuum_scale_factor = 0.01, "
                + "autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.01)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "ALTER TABLE \"DirectiveTasks\" RESET (autovacuum_vacuum_scale_factor, "
                + "autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor)");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_EffectiveDeadline_State_Id_EscalatedAt",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline_Id",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline_Id_EscalatedAt",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id_~",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline~",
                table: "DirectiveTasks");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_EscalatedAt_State_EffectiveDeadline",
                table: "DirectiveTasks",
                columns: new[] { "EscalatedAt", "State", "EffectiveDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline",
                table: "DirectiveTasks",
                columns: new[] { "State", "EffectiveDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id",
                table: "DirectiveTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline~",
                table: "DirectiveTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id" });
        }
    }
}
