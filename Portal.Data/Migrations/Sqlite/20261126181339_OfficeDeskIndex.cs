using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfficeDeskIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline",
                table: "DirectiveTasks");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline_Id",
                table: "DirectiveTasks",
                columns: new[] { "State", "EffectiveDeadline", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline_Id",
                table: "DirectiveTasks");

            migrationBuilder.CreateIndex(
                name: "IX_DirectiveTasks_State_EffectiveDeadline",
                table: "DirectiveTasks",
                columns: new[] { "State", "EffectiveDeadline" });
        }
    }
}
