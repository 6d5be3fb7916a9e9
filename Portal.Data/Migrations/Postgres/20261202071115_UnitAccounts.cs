using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "AuthorId",
                table: "TaskUpdates",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<string>(
                name: "AuthorCapacity",
                table: "TaskUpdates",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorCapacity",
                table: "TaskHistory",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OneUnitAccountPerUnit",
                table: "RuleSettings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<int>(
                name: "RecipientId",
                table: "Notifications",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "RecipientUnitId",
                table: "Notifications",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientUnitId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "RecipientUnitId", "ReadAt", "CreatedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_Units_RecipientUnitId",
                table: "Notifications",
                column: "RecipientUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_Units_RecipientUnitId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_RecipientUnitId_ReadAt_CreatedAt",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "AuthorCapacity",
                table: "TaskUpdates");

            migrationBuilder.DropColumn(
                name: "ActorCapacity",
                table: "TaskHistory");

            migrationBuilder.DropColumn(
                name: "OneUnitAccountPerUnit",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "RecipientUnitId",
                table: "Notifications");

            migrationBuilder.AlterColumn<int>(
                name: "AuthorId",
                table: "TaskUpdates",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "RecipientId",
                table: "Notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
