using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
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
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline_Id",
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
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id_EscalatedAt",
                table: "DirectiveTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_EscalatedAt",
                table: "DirectiveTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id", "EscalatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id_EscalatedAt",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_EscalatedAt",
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
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline_Id",
                table: "DirectiveTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id" });
        }
    }
}
