using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeskSectionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_AnswerEntryDueOn_State",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EscalatedToId",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_ReviewDueOn_State",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingLeaderId_State_EffectiveDeadline_Id_Escal~",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_E~",
                table: "CaseTasks");

            migrationBuilder.AddColumn<bool>(
                name: "HasPendingRequest",
                table: "CaseTasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The tasks with a request waiting for an answer, marked from their requests.
            migrationBuilder.Sql("UPDATE \"CaseTasks\" SET \"HasPendingRequest\" = TRUE WHERE \"Id\" IN (SELECT \"TaskId\" FROM \"ExtensionRequests\" WHERE \"Status\" = 'Pending') OR \"Id\" IN (SELECT \"TaskId\" FROM \"TaskProposals\" WHERE \"Status\" = 'Pending');");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EscalatedToId_State_EscalatedAt_EffectiveDeadline~",
                table: "CaseTasks",
                columns: new[] { "EscalatedToId", "State", "EscalatedAt", "EffectiveDeadline", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_State_AnswerEntryDueOn_Kind",
                table: "CaseTasks",
                columns: new[] { "State", "AnswerEntryDueOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_State_ReportingCycle_LastUpdateAt_Kind",
                table: "CaseTasks",
                columns: new[] { "State", "ReportingCycle", "LastUpdateAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_State_ReviewDueOn_Kind",
                table: "CaseTasks",
                columns: new[] { "State", "ReviewDueOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingLeader_Desk",
                table: "CaseTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind", "AnswerEntryDueOn", "ReportingCycle", "LastUpdateAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingSpecialist_Desk",
                table: "CaseTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind", "AnswerEntryDueOn", "ReportingCycle", "LastUpdateAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_HasPendingRequest_Kind",
                table: "CaseTasks",
                columns: new[] { "TrackingSpecialistId", "HasPendingRequest", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EscalatedToId_State_EscalatedAt_EffectiveDeadline~",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_State_AnswerEntryDueOn_Kind",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_State_ReportingCycle_LastUpdateAt_Kind",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_State_ReviewDueOn_Kind",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingLeader_Desk",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingSpecialist_Desk",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_HasPendingRequest_Kind",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "HasPendingRequest",
                table: "CaseTasks");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_AnswerEntryDueOn_State",
                table: "CaseTasks",
                columns: new[] { "AnswerEntryDueOn", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EscalatedToId",
                table: "CaseTasks",
                column: "EscalatedToId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_ReviewDueOn_State",
                table: "CaseTasks",
                columns: new[] { "ReviewDueOn", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingLeaderId_State_EffectiveDeadline_Id_Escal~",
                table: "CaseTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_TrackingSpecialistId_State_EffectiveDeadline_Id_E~",
                table: "CaseTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id", "EscalatedAt", "Kind" });
        }
    }
}
