using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ActingAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActingAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AbsentPersonId = table.Column<int>(type: "int", nullable: false),
                    ActingPersonId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    NamedById = table.Column<int>(type: "int", nullable: true),
                    NamedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActingAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActingAssignments_People_AbsentPersonId",
                        column: x => x.AbsentPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActingAssignments_People_ActingPersonId",
                        column: x => x.ActingPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActingAssignments_People_NamedById",
                        column: x => x.NamedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActingAssignments_AbsentPersonId_To",
                table: "ActingAssignments",
                columns: new[] { "AbsentPersonId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_ActingAssignments_ActingPersonId_To",
                table: "ActingAssignments",
                columns: new[] { "ActingPersonId", "To" });

            migrationBuilder.CreateIndex(
                name: "IX_ActingAssignments_NamedById",
                table: "ActingAssignments",
                column: "NamedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActingAssignments");
        }
    }
}
