using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AwardRecipientLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwardRecipientLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FirstRecordId = table.Column<int>(type: "int", nullable: false),
                    SecondRecordId = table.Column<int>(type: "int", nullable: false),
                    IsSamePerson = table.Column<bool>(type: "bit", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecipientLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecipientLinks_AwardRecords_FirstRecordId",
                        column: x => x.FirstRecordId,
                        principalTable: "AwardRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecipientLinks_AwardRecords_SecondRecordId",
                        column: x => x.SecondRecordId,
                        principalTable: "AwardRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecipientLinks_FirstRecordId_SecondRecordId",
                table: "AwardRecipientLinks",
                columns: new[] { "FirstRecordId", "SecondRecordId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecipientLinks_SecondRecordId",
                table: "AwardRecipientLinks",
                column: "SecondRecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardRecipientLinks");
        }
    }
}
