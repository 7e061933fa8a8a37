using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CouncilVoteSecrecy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BallotKeyCheck",
                table: "CouncilSessions",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusNote",
                table: "CouncilSessions",
                type: "nvarchar(1200)",
                maxLength: 1200,
                nullable: true);

            // The ballot box is rebuilt: clustered key (SessionId, BallotNumber, NominationId), no other column. Ballots
            // already counted are numbered in the order of their random ballot id, never in the order they were cast.
            migrationBuilder.DropForeignKey(name: "FK_BallotVotes_CouncilSessions_SessionId", table: "BallotVotes");
            migrationBuilder.DropForeignKey(name: "FK_BallotVotes_Nominations_NominationId", table: "BallotVotes");
            migrationBuilder.DropPrimaryKey(name: "PK_BallotVotes", table: "BallotVotes");
            migrationBuilder.DropIndex(name: "IX_BallotVotes_SessionId_NominationId_Choice", table: "BallotVotes");
            migrationBuilder.DropIndex(name: "IX_BallotVotes_NominationId", table: "BallotVotes");
            migrationBuilder.RenameTable(name: "BallotVotes", newName: "BallotVotesBefore");
            migrationBuilder.CreateTable(
                name: "BallotVotes",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "int", nullable: false),
                    BallotNumber = table.Column<int>(type: "int", nullable: false),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    Choice = table.Column<int>(type: "int", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotVotes", x => new { x.SessionId, x.BallotNumber, x.NominationId });
                    table.ForeignKey(
                        name: "FK_BallotVotes_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BallotVotes_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // In EXEC: the idempotent script compiles every batch, also where this migration has already run.
            migrationBuilder.Sql("""
                EXEC(N'INSERT INTO [BallotVotes] ([SessionId], [BallotNumber], [NominationId], [Choice])
                SELECT v.[SessionId], b.[Number], v.[NominationId], v.[Choice]
                FROM [BallotVotesBefore] AS v
                JOIN (SELECT [BallotId], ROW_NUMBER() OVER (PARTITION BY [SessionId] ORDER BY [BallotId]) AS [Number]
                      FROM [BallotVotesBefore] GROUP BY [SessionId], [BallotId]) AS b ON b.[BallotId] = v.[BallotId]
                ORDER BY v.[SessionId], b.[Number], v.[NominationId];')
                """);
            migrationBuilder.DropTable(name: "BallotVotesBefore");
            migrationBuilder.CreateIndex(name: "IX_BallotVotes_NominationId", table: "BallotVotes", column: "NominationId");

            // The province council counts its share on its whole membership: the seeded forms that still had the old
            // default (members present) follow the rule (docs/awards.md).
            migrationBuilder.Sql("""
                UPDATE [AwardForms] SET [PassBase] = 1
                WHERE [Code] IN (N'BANG-KHEN-CT-UBND', N'BANG-KHEN-TTG') AND [PassBase] = 0;
                """);

            migrationBuilder.CreateTable(
                name: "SealedBallots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SessionId = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(4096)", maxLength: 4096, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SealedBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SealedBallots_CouncilSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CouncilSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SealedBallots_SessionId",
                table: "SealedBallots",
                column: "SessionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SealedBallots");

            migrationBuilder.DropColumn(
                name: "BallotKeyCheck",
                table: "CouncilSessions");

            migrationBuilder.DropColumn(
                name: "StatusNote",
                table: "CouncilSessions");

            migrationBuilder.DropPrimaryKey(name: "PK_BallotVotes", table: "BallotVotes");
            migrationBuilder.AddColumn<Guid>(
                name: "BallotId",
                table: "BallotVotes",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [BallotVotes] SET [BallotId] = CONVERT(uniqueidentifier,
                    ''00000000-0000-0000-'' + RIGHT(''0000'' + CONVERT(varchar(8), CONVERT(varbinary(2), [SessionId]), 2), 4)
                    + ''-'' + RIGHT(''000000000000'' + CONVERT(varchar(16), CONVERT(varbinary(6), [BallotNumber]), 2), 12))')
                """);
            migrationBuilder.DropColumn(name: "BallotNumber", table: "BallotVotes");
            migrationBuilder.AddPrimaryKey(name: "PK_BallotVotes", table: "BallotVotes", columns: new[] { "BallotId", "NominationId" });
            migrationBuilder.CreateIndex(
                name: "IX_BallotVotes_SessionId_NominationId_Choice",
                table: "BallotVotes",
                columns: new[] { "SessionId", "NominationId", "Choice" });
        }
    }
}
