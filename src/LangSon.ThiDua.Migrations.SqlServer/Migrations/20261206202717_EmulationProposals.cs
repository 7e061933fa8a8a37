using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EmulationProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "GroupQuota",
                table: "AwardForms",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "GroupVotePercent",
                table: "AwardForms",
                type: "decimal(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PactMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PactId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ChairName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PresentCount = table.Column<int>(type: "int", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PactMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PactMeetings_EmulationPacts_PactId",
                        column: x => x.PactId,
                        principalTable: "EmulationPacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PactVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeetingId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    AwardFormId = table.Column<int>(type: "int", nullable: false),
                    Votes = table.Column<int>(type: "int", nullable: false),
                    NominationId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PactVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PactVotes_AwardForms_AwardFormId",
                        column: x => x.AwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PactVotes_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PactVotes_PactMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PactMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PactVotes_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PactMeetings_PactId",
                table: "PactMeetings",
                column: "PactId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PactVotes_AwardFormId",
                table: "PactVotes",
                column: "AwardFormId");

            migrationBuilder.CreateIndex(
                name: "IX_PactVotes_MeetingId_UnitId_AwardFormId",
                table: "PactVotes",
                columns: new[] { "MeetingId", "UnitId", "AwardFormId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PactVotes_NominationId",
                table: "PactVotes",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_PactVotes_UnitId",
                table: "PactVotes",
                column: "UnitId");

            // Room for Cờ thi đua của UBND tỉnh (seeded with SortOrder 2, before the Bằng khen) in a portal seeded
            // before it, and the khối/cụm vote rule of the province's Bằng khen (portal default, Admin edits it).
            migrationBuilder.Sql(
                "UPDATE AwardForms SET SortOrder = SortOrder + 1 " +
                "WHERE Code IN ('BANG-KHEN-CT-UBND', 'BANG-KHEN-TTG') AND SortOrder >= 2;");
            migrationBuilder.Sql(
                "UPDATE AwardForms SET GroupVotePercent = 70, GroupQuota = 2 WHERE Code = 'BANG-KHEN-CT-UBND';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PactVotes");

            migrationBuilder.DropTable(
                name: "PactMeetings");

            migrationBuilder.DropColumn(
                name: "GroupQuota",
                table: "AwardForms");

            migrationBuilder.DropColumn(
                name: "GroupVotePercent",
                table: "AwardForms");
        }
    }
}
