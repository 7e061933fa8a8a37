using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AwardRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwardRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RecipientKind = table.Column<int>(type: "int", nullable: false),
                    RecipientName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RecipientSearchName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    Gender = table.Column<int>(type: "int", nullable: true),
                    Position = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    UnitName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AwardFormId = table.Column<int>(type: "int", nullable: true),
                    AwardFormName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CampaignName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    NominationId = table.Column<int>(type: "int", nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardRecords_AwardForms_AwardFormId",
                        column: x => x.AwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_AwardFormId",
                table: "AwardRecords",
                column: "AwardFormId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_DecisionDate",
                table: "AwardRecords",
                column: "DecisionDate");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_NominationId",
                table: "AwardRecords",
                column: "NominationId",
                unique: true,
                filter: "[NominationId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_RecipientSearchName",
                table: "AwardRecords",
                column: "RecipientSearchName");

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_UnitId",
                table: "AwardRecords",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardRecords");
        }
    }
}
