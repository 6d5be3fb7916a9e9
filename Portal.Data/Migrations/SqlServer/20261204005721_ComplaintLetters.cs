using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ComplaintLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplaintCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    OpenedById = table.Column<int>(type: "int", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LetterCount = table.Column<int>(type: "int", nullable: false),
                    FirstReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintCases_People_OpenedById",
                        column: x => x.OpenedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintCases_Units_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintCases_Units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    Occurrence = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReferredBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Respondent = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Content = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ContentKind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    EnteredById = table.Column<int>(type: "int", nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClassifiedById = table.Column<int>(type: "int", nullable: true),
                    ClassifiedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IneligibilityReason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Competence = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CompetentAgency = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ReplyDocument = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(max)", maxLength: 12000, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintLetters_ComplaintCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ComplaintCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintLetters_People_ClassifiedById",
                        column: x => x.ClassifiedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintLetters_People_EnteredById",
                        column: x => x.EnteredById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintLetters_Units_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComplaintLetters_Units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LetterComplainants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LetterId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IsRepresentative = table.Column<bool>(type: "bit", nullable: false),
                    NameKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IdKey = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    PhoneKey = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterComplainants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterComplainants_ComplaintLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "ComplaintLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LetterCopies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LetterId = table.Column<int>(type: "int", nullable: false),
                    AgencyId = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedById = table.Column<int>(type: "int", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterCopies_ComplaintLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "ComplaintLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LetterCopies_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LetterCopies_Units_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LetterLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LetterId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Details = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterLog_ComplaintLetters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "ComplaintLetters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LetterLog_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_AgencyId_OpenedAt",
                table: "ComplaintCases",
                columns: new[] { "AgencyId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_OpenedById",
                table: "ComplaintCases",
                column: "OpenedById");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintCases_ProvinceId",
                table: "ComplaintCases",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintLetters_AgencyId_Stage_ReceivedOn",
                table: "ComplaintLetters",
                columns: new[] { "AgencyId", "Stage", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintLetters_CaseId_Occurrence",
                table: "ComplaintLetters",
                columns: new[] { "CaseId", "Occurrence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintLetters_ClassifiedById",
                table: "ComplaintLetters",
                column: "ClassifiedById");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintLetters_EnteredById",
                table: "ComplaintLetters",
                column: "EnteredById");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintLetters_ProvinceId_ReceivedOn",
                table: "ComplaintLetters",
                columns: new[] { "ProvinceId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LetterComplainants_IdKey",
                table: "LetterComplainants",
                column: "IdKey");

            migrationBuilder.CreateIndex(
                name: "IX_LetterComplainants_LetterId_Position",
                table: "LetterComplainants",
                columns: new[] { "LetterId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LetterComplainants_NameKey",
                table: "LetterComplainants",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_LetterComplainants_PhoneKey",
                table: "LetterComplainants",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_LetterCopies_AgencyId",
                table: "LetterCopies",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterCopies_LetterId",
                table: "LetterCopies",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterCopies_RecordedById",
                table: "LetterCopies",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_LetterLog_LetterId",
                table: "LetterLog",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterLog_PersonId",
                table: "LetterLog",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterComplainants");

            migrationBuilder.DropTable(
                name: "LetterCopies");

            migrationBuilder.DropTable(
                name: "LetterLog");

            migrationBuilder.DropTable(
                name: "ComplaintLetters");

            migrationBuilder.DropTable(
                name: "ComplaintCases");
        }
    }
}
