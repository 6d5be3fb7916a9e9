using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
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
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<string>(
                name: "AuthorCapacity",
                table: "TaskUpdates",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActorCapacity",
                table: "TaskHistory",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OneUnitAccountPerUnit",
                table: "RuleSettings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<int>(
                name: "RecipientId",
                table: "Notifications",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "RecipientUnitId",
                table: "Notifications",
                type: "int",
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
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "RecipientId",
                table: "Notifications",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
