using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ComplaintLetterId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_ComplaintLetterId",
                table: "Notifications",
                column: "ComplaintLetterId");

            migrationBuilder.AddForeignKey(
                name: "FK_Notifications_ComplaintLetters_ComplaintLetterId",
                table: "Notifications",
                column: "ComplaintLetterId",
                principalTable: "ComplaintLetters",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Notifications_ComplaintLetters_ComplaintLetterId",
                table: "Notifications");

            migrationBuilder.DropIndex(
                name: "IX_Notifications_ComplaintLetterId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "ComplaintLetterId",
                table: "Notifications");
        }
    }
}
