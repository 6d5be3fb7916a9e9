using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TaskTrackingFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CompilingUnitId",
                table: "CaseTasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittingUnitId",
                table: "CaseTasks",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_CompilingUnitId",
                table: "CaseTasks",
                column: "CompilingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_SubmittingUnitId",
                table: "CaseTasks",
                column: "SubmittingUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseTasks_Units_CompilingUnitId",
                table: "CaseTasks",
                column: "CompilingUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseTasks_Units_SubmittingUnitId",
                table: "CaseTasks",
                column: "SubmittingUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseTasks_Units_CompilingUnitId",
                table: "CaseTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseTasks_Units_SubmittingUnitId",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_CompilingUnitId",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_SubmittingUnitId",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "CompilingUnitId",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "SubmittingUnitId",
                table: "CaseTasks");
        }
    }
}
