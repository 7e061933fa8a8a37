using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AwardCertificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "AwardRecords",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // The lines already in the register get their verification code here, drawn per row by the database's
            // own generator from VerificationCodes.Alphabet (new lines draw theirs in AwardRecord's factories).
            migrationBuilder.Sql(
                "UPDATE AwardRecords SET VerificationCode = "
                + "SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + "+ SUBSTRING(N'23456789ABCDEFGHJKMNPQRSTUVWXYZ', 1 + CAST(CAST(NEWID() AS binary(1)) AS int) % 31, 1)"
                + " WHERE VerificationCode = '';");

            migrationBuilder.CreateTable(
                name: "CertificateBlanks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AwardFormId = table.Column<int>(type: "int", nullable: false),
                    Paper = table.Column<int>(type: "int", nullable: false),
                    Orientation = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateBlanks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateBlanks_AwardForms_AwardFormId",
                        column: x => x.AwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CertificateBoxes",
                columns: table => new
                {
                    Field = table.Column<int>(type: "int", nullable: false),
                    CertificateBlankId = table.Column<int>(type: "int", nullable: false),
                    X = table.Column<decimal>(type: "decimal(6,1)", precision: 6, scale: 1, nullable: false),
                    Y = table.Column<decimal>(type: "decimal(6,1)", precision: 6, scale: 1, nullable: false),
                    Width = table.Column<decimal>(type: "decimal(6,1)", precision: 6, scale: 1, nullable: false),
                    Height = table.Column<decimal>(type: "decimal(6,1)", precision: 6, scale: 1, nullable: false),
                    FontSize = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: false),
                    MinFontSize = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateBoxes", x => new { x.CertificateBlankId, x.Field });
                    table.ForeignKey(
                        name: "FK_CertificateBoxes_CertificateBlanks_CertificateBlankId",
                        column: x => x.CertificateBlankId,
                        principalTable: "CertificateBlanks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_VerificationCode",
                table: "AwardRecords",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CertificateBlanks_AwardFormId",
                table: "CertificateBlanks",
                column: "AwardFormId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateBoxes");

            migrationBuilder.DropTable(
                name: "CertificateBlanks");

            migrationBuilder.DropIndex(
                name: "IX_AwardRecords_VerificationCode",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "VerificationCode",
                table: "AwardRecords");
        }
    }
}
