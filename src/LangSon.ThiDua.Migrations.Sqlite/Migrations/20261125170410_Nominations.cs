using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Nominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DocumentKind",
                table: "Attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NominationId",
                table: "Attachments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardFormId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardDecisions_AwardForms_AwardFormId",
                        column: x => x.AwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardDecisions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    VotingOpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilSessions_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NominationBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedByFullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationBatches_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NominationBatches_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NominationReopenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReopenedByUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReopenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationReopenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationReopenings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NominationReopenings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BallotReceipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotReceipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotReceipts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BallotReceipts_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsPresent = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardFormId = table.Column<int>(type: "INTEGER", nullable: false),
                    NomineeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    NomineeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NomineeSearchName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NomineePosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NomineeWorkplace = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AchievementSummary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    TaskRating = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    AwardDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_AwardDecisions_AwardDecisionId",
                        column: x => x.AwardDecisionId,
                        principalTable: "AwardDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_AwardForms_AwardFormId",
                        column: x => x.AwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_NominationBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "NominationBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreeCount = table.Column<int>(type: "INTEGER", nullable: true),
                    DisagreeCount = table.Column<int>(type: "INTEGER", nullable: true),
                    AbstainCount = table.Column<int>(type: "INTEGER", nullable: true),
                    PresentCount = table.Column<int>(type: "INTEGER", nullable: true),
                    MemberCount = table.Column<int>(type: "INTEGER", nullable: true),
                    QuorumMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Secret ballot: WITHOUT ROWID stores the votes in the order of their random ballot id, so not even the
            // table's hidden row order follows the order in which members submitted (DESIGN §2, Ballot).
            migrationBuilder.Sql("""
                CREATE TABLE "BallotVotes" (
                    "BallotId" TEXT NOT NULL,
                    "NominationId" INTEGER NOT NULL,
                    "SessionId" INTEGER NOT NULL,
                    "Choice" INTEGER NOT NULL,
                    CONSTRAINT "PK_BallotVotes" PRIMARY KEY ("BallotId", "NominationId"),
                    CONSTRAINT "FK_BallotVotes_CouncilSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_BallotVotes_Nominations_NominationId" FOREIGN KEY ("NominationId") REFERENCES "Nominations" ("Id") ON DELETE RESTRICT
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "NominationTargets",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanTargetId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationTargets", x => new { x.NominationId, x.PlanTargetId });
                    table.ForeignKey(
                        name: "FK_NominationTargets_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NominationTargets_PlanTargets_PlanTargetId",
                        column: x => x.PlanTargetId,
                        principalTable: "PlanTargets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NominationTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationTransitions_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_NominationId_DocumentKind",
                table: "Attachments",
                columns: new[] { "NominationId", "DocumentKind" });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_NominationId",
                table: "AgendaItems",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_SessionId_NominationId",
                table: "AgendaItems",
                columns: new[] { "SessionId", "NominationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_AwardFormId",
                table: "AwardDecisions",
                column: "AwardFormId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_CampaignId_Date",
                table: "AwardDecisions",
                columns: new[] { "CampaignId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_BallotReceipts_SessionId_UserId",
                table: "BallotReceipts",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BallotReceipts_UserId",
                table: "BallotReceipts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotVotes_NominationId",
                table: "BallotVotes",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotVotes_SessionId_NominationId_Choice",
                table: "BallotVotes",
                columns: new[] { "SessionId", "NominationId", "Choice" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_SessionId_UserId",
                table: "CouncilMembers",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_UserId",
                table: "CouncilMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSessions_CampaignId_MeetingDate",
                table: "CouncilSessions",
                columns: new[] { "CampaignId", "MeetingDate" });

            migrationBuilder.CreateIndex(
                name: "IX_NominationBatches_CampaignId_UnitId",
                table: "NominationBatches",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_NominationBatches_UnitId",
                table: "NominationBatches",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationReopenings_CampaignId_UnitId_OpenUntil",
                table: "NominationReopenings",
                columns: new[] { "CampaignId", "UnitId", "OpenUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_NominationReopenings_UnitId",
                table: "NominationReopenings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_AwardDecisionId",
                table: "Nominations",
                column: "AwardDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_AwardFormId",
                table: "Nominations",
                column: "AwardFormId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_BatchId",
                table: "Nominations",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignId_NomineeSearchName",
                table: "Nominations",
                columns: new[] { "CampaignId", "NomineeSearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignId_Status",
                table: "Nominations",
                columns: new[] { "CampaignId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignId_UnitId_Status",
                table: "Nominations",
                columns: new[] { "CampaignId", "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_UnitId",
                table: "Nominations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationTargets_PlanTargetId",
                table: "NominationTargets",
                column: "PlanTargetId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationTransitions_NominationId",
                table: "NominationTransitions",
                column: "NominationId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_Nominations_NominationId",
                table: "Attachments",
                column: "NominationId",
                principalTable: "Nominations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_Nominations_NominationId",
                table: "Attachments");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "BallotReceipts");

            migrationBuilder.DropTable(
                name: "BallotVotes");

            migrationBuilder.DropTable(
                name: "CouncilMembers");

            migrationBuilder.DropTable(
                name: "NominationReopenings");

            migrationBuilder.DropTable(
                name: "NominationTargets");

            migrationBuilder.DropTable(
                name: "NominationTransitions");

            migrationBuilder.DropTable(
                name: "CouncilSessions");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "AwardDecisions");

            migrationBuilder.DropTable(
                name: "NominationBatches");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_NominationId_DocumentKind",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "DocumentKind",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "NominationId",
                table: "Attachments");
        }
    }
}
