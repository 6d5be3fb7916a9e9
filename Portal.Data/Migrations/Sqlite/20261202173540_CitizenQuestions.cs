using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CitizenQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "QuestionId",
                table: "Notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuestionId",
                table: "CaseTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CitizenQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ApiKeyId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EnteredById = table.Column<int>(type: "INTEGER", nullable: true),
                    AskerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AskerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    AskerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AskerAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScreenedById = table.Column<int>(type: "INTEGER", nullable: true),
                    ScreenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RoutedById = table.Column<int>(type: "INTEGER", nullable: true),
                    RoutedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SpecialistId = table.Column<int>(type: "INTEGER", nullable: true),
                    RoutingDirection = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OpinionLeaderId = table.Column<int>(type: "INTEGER", nullable: true),
                    OpinionRequest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpinionAskedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpinionGivenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ForwardedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnById = table.Column<int>(type: "INTEGER", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CitizenQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CitizenQuestions_ApiKeys_ApiKeyId",
                        column: x => x.ApiKeyId,
                        principalTable: "ApiKeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenQuestions_People_EnteredById",
                        column: x => x.EnteredById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenQuestions_People_OpinionLeaderId",
                        column: x => x.OpinionLeaderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenQuestions_People_SpecialistId",
                        column: x => x.SpecialistId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CitizenQuestions_Units_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AnsweringUnit = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedById = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionAnswers_CitizenQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "CitizenQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionAnswers_People_PublishedById",
                        column: x => x.PublishedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTasks_QuestionId",
                table: "CaseTasks",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_ProvinceId",
                table: "ApiKeys",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_ApiKeyId_ExternalId",
                table: "CitizenQuestions",
                columns: new[] { "ApiKeyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_EnteredById",
                table: "CitizenQuestions",
                column: "EnteredById");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_IsPublic_LastPublishedAt",
                table: "CitizenQuestions",
                columns: new[] { "IsPublic", "LastPublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_OpinionLeaderId",
                table: "CitizenQuestions",
                column: "OpinionLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_ProvinceId_Stage_ReceivedAt",
                table: "CitizenQuestions",
                columns: new[] { "ProvinceId", "Stage", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_SpecialistId",
                table: "CitizenQuestions",
                column: "SpecialistId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_TrackingCode",
                table: "CitizenQuestions",
                column: "TrackingCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionAnswers_PublishedById",
                table: "QuestionAnswers",
                column: "PublishedById");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionAnswers_QuestionId_Version",
                table: "QuestionAnswers",
                columns: new[] { "QuestionId", "Version" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseTasks_CitizenQuestions_QuestionId",
                table: "CaseTasks",
                column: "QuestionId",
                principalTable: "CitizenQuestions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseTasks_CitizenQuestions_QuestionId",
                table: "CaseTasks");

            migrationBuilder.DropTable(
                name: "QuestionAnswers");

            migrationBuilder.DropTable(
                name: "CitizenQuestions");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropIndex(
                name: "IX_CaseTasks_QuestionId",
                table: "CaseTasks");

            migrationBuilder.DropColumn(
                name: "QuestionId",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "QuestionId",
                table: "CaseTasks");
        }
    }
}
