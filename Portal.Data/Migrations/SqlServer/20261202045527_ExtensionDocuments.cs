using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ExtensionDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ExtensionDocumentsRequired",
                table: "RuleSettings",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "DecisionDocumentId",
                table: "ExtensionRequests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExtensionRequests_DecisionDocumentId",
                table: "ExtensionRequests",
                column: "DecisionDocumentId");

            migrationBuilder.AddForeignKey(
                name: "FK_ExtensionRequests_Files_DecisionDocumentId",
                table: "ExtensionRequests",
                column: "DecisionDocumentId",
                principalTable: "Files",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ExtensionRequests_Files_DecisionDocumentId",
                table: "ExtensionRequests");

            migrationBuilder.DropIndex(
                name: "IX_ExtensionRequests_DecisionDocumentId",
                table: "ExtensionRequests");

            migrationBuilder.DropColumn(
                name: "ExtensionDocumentsRequired",
                table: "RuleSettings");

            migrationBuilder.DropColumn(
                name: "DecisionDocumentId",
                table: "ExtensionRequests");
        }
    }
}
