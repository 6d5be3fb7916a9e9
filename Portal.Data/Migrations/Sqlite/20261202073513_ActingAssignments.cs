using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AbsentPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActingPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NamedById = table.Column<int>(type: "INTEGER", nullable: true),
                    NamedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
