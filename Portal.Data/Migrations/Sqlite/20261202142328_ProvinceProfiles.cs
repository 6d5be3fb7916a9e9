using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvinceProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CommitteeName",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParentBody",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProvinceId",
                table: "RuleSettings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProvinceName",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_RuleSettings_ProvinceId",
                table: "RuleSettings",
                column: "ProvinceId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_RuleSettings_Units_ProvinceId",
                table: "RuleSettings",
                column: "ProvinceId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RuleSettings_Units_ProvinceId",
                table: "RuleSettings");

            migrationBuilder.DropIndex(
                name: "IX_RuleSettings_ProvinceId",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "CommitteeName",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ParentBody",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ProvinceId",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ProvinceName",
                table: "RuleSettings");
        }
    }
}
