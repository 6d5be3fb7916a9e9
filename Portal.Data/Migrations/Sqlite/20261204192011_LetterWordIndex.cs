using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <summary>
    /// SQLite's counterpart of PostgreSQL's trigram index on the letters' folded text: an FTS5 word index
    /// (<see cref="Portal.Data.LetterWordIndex"/>) over <c>ComplaintLetters.SearchText</c>, its content read from the table itself and kept
    /// in step by triggers, filled from the letters already held. The statements are written out here, as the migration
    /// ran them. A later migration that rebuilds the ComplaintLetters table drops these triggers with it and must create
    /// them again (LetterWordIndexTests fails until it does).
    /// </summary>
    public partial class LetterWordIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ComplaintLetterWords" USING fts5("SearchText", content='ComplaintLetters', content_rowid='Id', tokenize='unicode61');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ComplaintLetterWords_Insert" AFTER INSERT ON "ComplaintLetters" BEGIN
                    INSERT INTO "ComplaintLetterWords"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ComplaintLetterWords_Delete" AFTER DELETE ON "ComplaintLetters" BEGIN
                    INSERT INTO "ComplaintLetterWords"("ComplaintLetterWords", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ComplaintLetterWords_Update" AFTER UPDATE OF "SearchText" ON "ComplaintLetters" BEGIN
                    INSERT INTO "ComplaintLetterWords"("ComplaintLetterWords", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
                    INSERT INTO "ComplaintLetterWords"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ComplaintLetterWords"("ComplaintLetterWords") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ComplaintLetterWords_Update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ComplaintLetterWords_Delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "ComplaintLetterWords_Insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ComplaintLetterWords";""");
        }
    }
}
