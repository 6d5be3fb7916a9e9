using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LetterWordIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchWords",
                table: "ComplaintLetters",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple'::regconfig, \"SearchText\")",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintLetters_SearchWords",
                table: "ComplaintLetters",
                column: "SearchWords")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintLetters_SearchWords",
                table: "ComplaintLetters");

            migrationBuilder.DropColumn(
                name: "SearchWords",
                table: "ComplaintLetters");
        }
    }
}
