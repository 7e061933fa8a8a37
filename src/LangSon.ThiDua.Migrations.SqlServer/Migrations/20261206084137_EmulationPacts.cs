using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EmulationPacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmulationPacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TieBreakRule = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    EmulationGroupId = table.Column<int>(type: "int", nullable: false),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    LeadUnitId = table.Column<int>(type: "int", nullable: false),
                    DeputyUnitId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DraftedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DraftedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ScoringOpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmulationPacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmulationPacts_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationPacts_EmulationGroups_EmulationGroupId",
                        column: x => x.EmulationGroupId,
                        principalTable: "EmulationGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationPacts_Units_DeputyUnitId",
                        column: x => x.DeputyUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmulationPacts_Units_LeadUnitId",
                        column: x => x.LeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CriteriaSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PactId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaSections_EmulationPacts_PactId",
                        column: x => x.PactId,
                        principalTable: "EmulationPacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PactCommitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PactId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ContentAreaId = table.Column<int>(type: "int", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PactCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PactCommitment_ContentAreas_ContentAreaId",
                        column: x => x.ContentAreaId,
                        principalTable: "ContentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PactCommitment_EmulationPacts_PactId",
                        column: x => x.PactId,
                        principalTable: "EmulationPacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PactSignatories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PactId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    UnitName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SignedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SignerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SignerTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SignedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PactSignatories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PactSignatories_EmulationPacts_PactId",
                        column: x => x.PactId,
                        principalTable: "EmulationPacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PactSignatories_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PointAdjustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PactId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PointAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PointAdjustments_EmulationPacts_PactId",
                        column: x => x.PactId,
                        principalTable: "EmulationPacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SectionId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    MaxPoints = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    ContentAreaId = table.Column<int>(type: "int", nullable: true),
                    Guidance = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Criteria_ContentAreas_ContentAreaId",
                        column: x => x.ContentAreaId,
                        principalTable: "ContentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Criteria_CriteriaSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "CriteriaSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_ContentAreaId",
                table: "Criteria",
                column: "ContentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_SectionId",
                table: "Criteria",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaSections_PactId",
                table: "CriteriaSections",
                column: "PactId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationPacts_CampaignId",
                table: "EmulationPacts",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationPacts_DeputyUnitId",
                table: "EmulationPacts",
                column: "DeputyUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EmulationPacts_EmulationGroupId_Year",
                table: "EmulationPacts",
                columns: new[] { "EmulationGroupId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmulationPacts_LeadUnitId",
                table: "EmulationPacts",
                column: "LeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PactCommitment_ContentAreaId",
                table: "PactCommitment",
                column: "ContentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_PactCommitment_PactId",
                table: "PactCommitment",
                column: "PactId");

            migrationBuilder.CreateIndex(
                name: "IX_PactSignatories_PactId_UnitId",
                table: "PactSignatories",
                columns: new[] { "PactId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PactSignatories_UnitId",
                table: "PactSignatories",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PointAdjustments_PactId",
                table: "PointAdjustments",
                column: "PactId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Criteria");

            migrationBuilder.DropTable(
                name: "PactCommitment");

            migrationBuilder.DropTable(
                name: "PactSignatories");

            migrationBuilder.DropTable(
                name: "PointAdjustments");

            migrationBuilder.DropTable(
                name: "CriteriaSections");

            migrationBuilder.DropTable(
                name: "EmulationPacts");
        }
    }
}
