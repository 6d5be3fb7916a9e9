using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeskIndexesByDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State",
                table: "DirectiveTasks");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id",
                table: "DirectiveTasks",
                columns: new[] { "TrackingLeaderId", "State", "EffectiveDeadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline~",
                table: "DirectiveTasks",
                columns: new[] { "TrackingSpecialistId", "State", "EffectiveDeadline", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State_EffectiveDeadline_Id",
                table: "DirectiveTasks");

            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State_EffectiveDeadline~",
                table: "DirectiveTasks");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingLeaderId_State",
                table: "DirectiveTasks",
                columns: new[] { "TrackingLeaderId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_TrackingSpecialistId_State",
                table: "DirectiveTasks",
                columns: new[] { "TrackingSpecialistId", "State" });
        }
    }
}
