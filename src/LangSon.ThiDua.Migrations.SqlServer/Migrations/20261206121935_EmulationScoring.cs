using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EmulationScoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "EmulationPacts",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ScoringClosedAtUtc",
                table: "EmulationPacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TieBreakNote",
                table: "EmulationPacts",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PactId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TiePosition = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_EmulationPacts_PactId",
                        column: x => x.PactId,
                        principalTable: "EmulationPacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScoreLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SheetId = table.Column<int>(type: "int", nullable: false),
                    CriterionId = table.Column<int>(type: "int", nullable: true),
                    AdjustmentId = table.Column<int>(type: "int", nullable: true),
                    SelfPoints = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AdjustedPoints = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: true),
                    AdjustmentReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreLines_Criteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreLines_PointAdjustments_AdjustmentId",
                        column: x => x.AdjustmentId,
                        principalTable: "PointAdjustments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreLines_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreLines_AdjustmentId",
                table: "ScoreLines",
                column: "AdjustmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreLines_CriterionId",
                table: "ScoreLines",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreLines_SheetId_CriterionId_AdjustmentId",
                table: "ScoreLines",
                columns: new[] { "SheetId", "CriterionId", "AdjustmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_PactId_UnitId",
                table: "ScoreSheets",
                columns: new[] { "PactId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_UnitId",
                table: "ScoreSheets",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScoreLines");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "EmulationPacts");

            migrationBuilder.DropColumn(
                name: "ScoringClosedAtUtc",
                table: "EmulationPacts");

            migrationBuilder.DropColumn(
                name: "TieBreakNote",
                table: "EmulationPacts");
        }
    }
}
