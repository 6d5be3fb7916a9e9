using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Postgres
{
    /// <summary>
    /// PostgreSQL's word index of the complaint letters' text, for the look-up before intake: a GIN index of
    /// <c>to_tsvector('simple', "SearchText")</c> (every word kept as it is, the text already folded), which the look-up's
    /// <c>@@</c> queries read (<see cref="Portal.Data.LetterWordIndex"/>). The trigram index stays for the agencies' lists, which
    /// search parts of words.
    /// </summary>
    public partial class LetterWordIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_ComplaintLetters_SearchWords" ON "ComplaintLetters" USING gin (to_tsvector('simple'::regconfig, "SearchText"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_ComplaintLetters_SearchWords";""");
        }
    }
}
