using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LangSon.ThiDua.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AwardEligibilityRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NomineeDateOfBirth",
                table: "Nominations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardEligibilityRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AwardFormId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    RequiredAwardFormId = table.Column<int>(type: "int", nullable: true),
                    Years = table.Column<int>(type: "int", nullable: true),
                    MinimumRating = table.Column<int>(type: "int", nullable: true),
                    LegalBasis = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardEligibilityRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardEligibilityRules_AwardForms_AwardFormId",
                        column: x => x.AwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AwardEligibilityRules_AwardForms_RequiredAwardFormId",
                        column: x => x.RequiredAwardFormId,
                        principalTable: "AwardForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NominationYearRatings",
                columns: table => new
                {
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationYearRatings", x => new { x.NominationId, x.Year });
                    table.ForeignKey(
                        name: "FK_NominationYearRatings_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardEligibilityRules_AwardFormId",
                table: "AwardEligibilityRules",
                column: "AwardFormId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardEligibilityRules_RequiredAwardFormId",
                table: "AwardEligibilityRules",
                column: "RequiredAwardFormId");

            // A database made before this migration has the seeded forms already: their history rules, as the
            // reference data seeds them with a new form (AwardFormSeed); a new database gets them from the seeder.
            migrationBuilder.Sql("""
                INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
                SELECT p.[Id], 3, NULL, 1, NULL, N'Quy ước của tỉnh (mặc định của cổng, chưa đối chiếu được văn bản): không khen cùng hình thức cho thành tích của cùng một khoảng thời gian.', 1
                FROM [AwardForms] p WHERE p.[Code] = 'BANG-KHEN-CT-UBND';
                INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
                SELECT t.[Id], 1, p.[Id], NULL, NULL, N'Luật Thi đua, khen thưởng 2022 (điều về Bằng khen của Thủ tướng Chính phủ) và nghị định hướng dẫn: "Đã được tặng Bằng khen cấp bộ, ngành, tỉnh…, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ" (cùng tiêu chuẩn tại Nghị định 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c) — cần đối chiếu văn bản hiện hành.', 1
                FROM [AwardForms] t, [AwardForms] p WHERE t.[Code] = 'BANG-KHEN-TTG' AND p.[Code] = 'BANG-KHEN-CT-UBND';
                INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
                SELECT t.[Id], 2, NULL, 5, 4, N'Luật Thi đua, khen thưởng 2022 (điều về Bằng khen của Thủ tướng Chính phủ) và nghị định hướng dẫn: "Đã được tặng Bằng khen cấp bộ, ngành, tỉnh…, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ" (cùng tiêu chuẩn tại Nghị định 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c) — cần đối chiếu văn bản hiện hành.', 2
                FROM [AwardForms] t WHERE t.[Code] = 'BANG-KHEN-TTG';
                INSERT INTO [AwardEligibilityRules] ([AwardFormId], [Kind], [RequiredAwardFormId], [Years], [MinimumRating], [LegalBasis], [SortOrder])
                SELECT t.[Id], 3, NULL, 5, NULL, N'Quy ước của tỉnh (mặc định của cổng, chưa đối chiếu được văn bản): không khen cùng hình thức cho thành tích của cùng một khoảng thời gian.', 3
                FROM [AwardForms] t WHERE t.[Code] = 'BANG-KHEN-TTG';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardEligibilityRules");

            migrationBuilder.DropTable(
                name: "NominationYearRatings");

            migrationBuilder.DropColumn(
                name: "NomineeDateOfBirth",
                table: "Nominations");
        }
    }
}
