using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublicFace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FeedbackId",
                table: "Attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DailyDigest",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DigestRuns",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestRuns", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "ExemplaryModels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContentAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Story = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    PhotoPath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PhotoContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposerUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExemplaryModels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExemplaryModels_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExemplaryModels_ContentAreas_ContentAreaId",
                        column: x => x.ContentAreaId,
                        principalTable: "ContentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExemplaryModels_Units_ProposerUnitId",
                        column: x => x.ProposerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExemplaryModels_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Feedbacks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentAreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SenderUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedbacks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Feedbacks_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedbacks_ContentAreas_ContentAreaId",
                        column: x => x.ContentAreaId,
                        principalTable: "ContentAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedbacks_Units_SenderUnitId",
                        column: x => x.SenderUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Feedbacks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_FeedbackId",
                table: "Attachments",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_CampaignId",
                table: "ExemplaryModels",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_ContentAreaId",
                table: "ExemplaryModels",
                column: "ContentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_ProposedBy",
                table: "ExemplaryModels",
                column: "ProposedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_ProposerUnitId",
                table: "ExemplaryModels",
                column: "ProposerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_Status_PublishedAtUtc",
                table: "ExemplaryModels",
                columns: new[] { "Status", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ExemplaryModels_UnitId",
                table: "ExemplaryModels",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_CampaignId",
                table: "Feedbacks",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_ContentAreaId",
                table: "Feedbacks",
                column: "ContentAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_SenderUnitId",
                table: "Feedbacks",
                column: "SenderUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_SenderUserName",
                table: "Feedbacks",
                column: "SenderUserName");

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_Status_SentAtUtc",
                table: "Feedbacks",
                columns: new[] { "Status", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedbacks_UnitId",
                table: "Feedbacks",
                column: "UnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_Feedbacks_FeedbackId",
                table: "Attachments",
                column: "FeedbackId",
                principalTable: "Feedbacks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_Feedbacks_FeedbackId",
                table: "Attachments");

            migrationBuilder.DropTable(
                name: "DigestRuns");

            migrationBuilder.DropTable(
                name: "ExemplaryModels");

            migrationBuilder.DropTable(
                name: "Feedbacks");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_FeedbackId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "FeedbackId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "DailyDigest",
                table: "AspNetUsers");
        }
    }
}
