using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusNote",
                table: "CouncilSessions",
                type: "TEXT",
                maxLength: 1200,
                nullable: true);

            // The ballot box is rebuilt rather than altered (EF would rebuild it as a rowid table): WITHOUT ROWID, keyed by
            // session, ballot number and nomination, no other column. Ballots already counted are numbered in the order of
            // their random ballot id, never in the order they were cast, and written in that order; the old table's pages
            // are freed (and zeroed: the portal's connections use secure_delete).
            migrationBuilder.Sql("""
                DROP INDEX "IX_BallotVotes_SessionId_NominationId_Choice";
                DROP INDEX "IX_BallotVotes_NominationId";
                ALTER TABLE "BallotVotes" RENAME TO "BallotVotesBefore";
                CREATE TABLE "BallotVotes" (
                    "SessionId" INTEGER NOT NULL,
                    "BallotNumber" INTEGER NOT NULL,
                    "NominationId" INTEGER NOT NULL,
                    "Choice" INTEGER NOT NULL,
                    CONSTRAINT "PK_BallotVotes" PRIMARY KEY ("SessionId", "BallotNumber", "NominationId"),
                    CONSTRAINT "FK_BallotVotes_CouncilSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_BallotVotes_Nominations_NominationId" FOREIGN KEY ("NominationId") REFERENCES "Nominations" ("Id") ON DELETE RESTRICT
                ) WITHOUT ROWID;
                INSERT INTO "BallotVotes" ("SessionId", "BallotNumber", "NominationId", "Choice")
                SELECT v."SessionId", b."Number", v."NominationId", v."Choice"
                FROM "BallotVotesBefore" AS v
                JOIN (SELECT "BallotId", ROW_NUMBER() OVER (PARTITION BY "SessionId" ORDER BY "BallotId") AS "Number"
                      FROM "BallotVotesBefore" GROUP BY "SessionId", "BallotId") AS b ON b."BallotId" = v."BallotId"
                ORDER BY v."SessionId", b."Number", v."NominationId";
                DROP TABLE "BallotVotesBefore";
                CREATE INDEX "IX_BallotVotes_NominationId" ON "BallotVotes" ("NominationId");
                """);

            // The province council counts its share on its whole membership: the seeded forms that still had the old
            // default (members present) follow the rule (docs/awards.md).
            migrationBuilder.Sql("""
                UPDATE "AwardForms" SET "PassBase" = 1
                WHERE "Code" IN ('BANG-KHEN-CT-UBND', 'BANG-KHEN-TTG') AND "PassBase" = 0;
                """);

            migrationBuilder.CreateTable(
                name: "SealedBallots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 4096, nullable: false)
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

            migrationBuilder.Sql("""
                DROP INDEX "IX_BallotVotes_NominationId";
                ALTER TABLE "BallotVotes" RENAME TO "BallotVotesAfter";
                CREATE TABLE "BallotVotes" (
                    "BallotId" TEXT NOT NULL,
                    "NominationId" INTEGER NOT NULL,
                    "SessionId" INTEGER NOT NULL,
                    "Choice" INTEGER NOT NULL,
                    CONSTRAINT "PK_BallotVotes" PRIMARY KEY ("BallotId", "NominationId"),
                    CONSTRAINT "FK_BallotVotes_CouncilSessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "CouncilSessions" ("Id") ON DELETE RESTRICT,
                    CONSTRAINT "FK_BallotVotes_Nominations_NominationId" FOREIGN KEY ("NominationId") REFERENCES "Nominations" ("Id") ON DELETE RESTRICT
                ) WITHOUT ROWID;
                INSERT INTO "BallotVotes" ("BallotId", "NominationId", "SessionId", "Choice")
                SELECT printf('00000000-0000-0000-%04X-%012X', "SessionId", "BallotNumber"), "NominationId", "SessionId", "Choice"
                FROM "BallotVotesAfter";
                DROP TABLE "BallotVotesAfter";
                CREATE INDEX "IX_BallotVotes_NominationId" ON "BallotVotes" ("NominationId");
                CREATE INDEX "IX_BallotVotes_SessionId_NominationId_Choice" ON "BallotVotes" ("SessionId", "NominationId", "Choice");
                """);
        }
    }
}
