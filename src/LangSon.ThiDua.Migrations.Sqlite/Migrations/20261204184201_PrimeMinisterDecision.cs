using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PrimeMinisterDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ForwardingId",
                table: "AwardDecisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_ForwardingId",
                table: "AwardDecisions",
                column: "ForwardingId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AwardDecisions_AwardDecisions_ForwardingId",
                table: "AwardDecisions",
                column: "ForwardingId",
                principalTable: "AwardDecisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AwardDecisions_AwardDecisions_ForwardingId",
                table: "AwardDecisions");

            migrationBuilder.DropIndex(
                name: "IX_AwardDecisions_ForwardingId",
                table: "AwardDecisions");

            migrationBuilder.DropColumn(
                name: "ForwardingId",
                table: "AwardDecisions");
        }
    }
}
