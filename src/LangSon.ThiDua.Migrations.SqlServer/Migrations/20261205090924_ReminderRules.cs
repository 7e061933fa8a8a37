using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ReminderRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NotReportedDays",
                table: "Reminders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Findings",
                table: "ReminderRecipients",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            // The rule is now a set of flags: the former "no report for 30 days" (3) is NotReported (4) with N = 30.
            migrationBuilder.Sql("UPDATE Reminders SET Rule = 4, NotReportedDays = 30 WHERE Rule = 3");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE Reminders SET Rule = 3 WHERE Rule = 4");

            migrationBuilder.DropColumn(
                name: "NotReportedDays",
                table: "Reminders");

            migrationBuilder.DropColumn(
                name: "Findings",
                table: "ReminderRecipients");
        }
    }
}
