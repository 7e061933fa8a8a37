using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>Past awards written straight into the register (AwardRecord.Imported), as a test needs them.</summary>
public static class RegisterBuilder
{
    public const string SoYte = "SYT";
    public const string TamThanh = "05986";

    /// <summary>Adds one past award to a unit's register; returns its id.</summary>
    public static Task<int> PastAwardAsync(
        this PortalFactory factory, string name, string unitCode = SoYte, DateOnly? born = null,
        NomineeKind kind = NomineeKind.Individual, string formCode = AwardFormSeed.BangKhenTinh,
        DateOnly? decided = null, string number = "1200/QĐ-UBND") =>
        factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var form = await db.AwardForms.SingleAsync(f => f.Code == formCode);
            var decision = new AwardRecordDecision(number, decided ?? new DateOnly(2023, 12, 15), "Chủ tịch UBND tỉnh");
            var record = AwardRecord.Imported(kind, name, unit.Name, unit.Id, form, decision, born,
                kind == NomineeKind.Individual ? Gender.Male : null,
                kind == NomineeKind.Individual ? "Chuyên viên" : null);
            db.AwardRecords.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

    public static Task<AwardRecord> RecordAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.AwardRecords.AsNoTracking().SingleAsync(r => r.Id == id));

    /// <summary>The ids of the rows a register page shows, in order.</summary>
    public static IReadOnlyList<int> RowIds(this AngleSharp.Html.Dom.IHtmlDocument page, string scope = "main") =>
        page.QuerySelectorAll($"{scope} table.award-register tbody tr")
            .Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
