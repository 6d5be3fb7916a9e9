using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PressIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PressItemId",
                table: "CaseTasks",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_PressItemId",
                table: "CaseTasks",
                column: "PressItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseTasks_PressItems_PressItemId",
                table: "CaseTasks",
                column: "PressItemId",
                principalTable: "PressItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseTasks_PressItems_PressItemId",
                table: "CaseTasks");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_PressItemId",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "PressItemId",
                table: "CaseTasks");
        }
    }
}
