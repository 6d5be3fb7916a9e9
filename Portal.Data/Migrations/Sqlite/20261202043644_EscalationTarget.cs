using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EscalationTarget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HeadId",
                table: "Units",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationTarget",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Chairman");

            migrationBuilder.AddColumn<int>(
                name: "EscalatedToId",
                table: "CaseTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_HeadId",
                table: "Units",
                column: "HeadId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_EscalatedToId",
                table: "CaseTasks",
                column: "EscalatedToId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseTasks_People_EscalatedToId",
                table: "CaseTasks",
                column: "EscalatedToId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Units_People_HeadId",
                table: "Units",
                column: "HeadId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseTasks_People_EscalatedToId",
                table: "CaseTasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Units_People_HeadId",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_HeadId",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_EscalatedToId",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "HeadId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "EscalationTarget",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "EscalatedToId",
                table: "CaseTasks");
        }
    }
}
