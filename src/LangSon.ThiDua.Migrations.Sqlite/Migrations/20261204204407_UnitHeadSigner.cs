using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UnitHeadSigner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HeadName",
                table: "Units",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeadTitle",
                table: "Units",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeadName",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "HeadTitle",
                table: "Units");
        }
    }
}
