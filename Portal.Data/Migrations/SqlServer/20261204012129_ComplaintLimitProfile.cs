using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ComplaintDecideUnit",
                table: "RuleSettings",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "CalendarDays");

            migrationBuilder.AddColumn<string>(
                name: "ComplaintFirstUnit",
                table: "RuleSettings",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "CalendarDays");

            migrationBuilder.AddColumn<string>(
                name: "ComplaintSecondUnit",
                table: "RuleSettings",
                type: "nvarchar(20)",
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
