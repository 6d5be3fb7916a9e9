using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseKindOnCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EffectiveDeadline_State_Id_EscalatedAt",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EscalatedAt_State_EffectiveDeadline_Id",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_State_EffectiveDeadline_Id_EscalatedAt",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingLeaderId_State_EffectiveDeadline_Id_Escal~",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_E~",
                table: "CaseTasks");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EffectiveDeadline_State_Id_EscalatedAt_Kind",
                table: "CaseTasks",
                columns: new[] { "EffectiveDeadline", "State", "Id", "EscalatedAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EscalatedAt_State_EffectiveDeadline_Id_Kind",
                table: "CaseTasks",
                columns: new[] { "EscalatedAt", "State", "EffectiveDeadline", "Id", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_State_EffectiveDeadline_Id_EscalatedAt_Kind",
                table: "CaseTasks",
                columns: new[] { "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingLeaderId_State_EffectiveDeadline_Id_Escal~",
                table: "CaseTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_E~",
                table: "CaseTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EffectiveDeadline_State_Id_EscalatedAt_Kind",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EscalatedAt_State_EffectiveDeadline_Id_Kind",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_State_EffectiveDeadline_Id_EscalatedAt_Kind",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingLeaderId_State_EffectiveDeadline_Id_Escal~",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_E~",
                table: "CaseTasks");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EffectiveDeadline_State_Id_EscalatedAt",
                table: "CaseTasks",
                columns: new[] { "EffectiveDeadline", "State", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EscalatedAt_State_EffectiveDeadline_Id",
                table: "CaseTasks",
                columns: new[] { "EscalatedAt", "State", "EffectiveDeadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_State_EffectiveDeadline_Id_EscalatedAt",
                table: "CaseTasks",
                columns: new[] { "State", "EffectiveDeadline", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingLeaderId_State_EffectiveDeadline_Id_Escal~",
                table: "CaseTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_E~",
                table: "CaseTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id", "EscalatedAt" });
        }
    }
}
