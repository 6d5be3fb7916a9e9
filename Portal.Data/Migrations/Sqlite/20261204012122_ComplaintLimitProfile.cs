using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComplaintLimitProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRemote",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintDecideUnit",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "CalendarDays");

            migrationBuilder.AddColumn<string>(
                name: "ComplaintFirstUnit",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "CalendarDays");

            migrationBuilder.AddColumn<string>(
                name: "ComplaintSecondUnit",
                table: "RuleSettings",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "CalendarDays");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsRemote",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "ComplaintDecideUnit",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ComplaintFirstUnit",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "ComplaintSecondUnit",
                table: "RuleSettings");
        }
    }
}
