using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

// Not ".DossierDocuments": a namespace of that name would hide the Domain enum DossierDocuments from the other test folders.
namespace LangSon.ThiDua.Tests.Integration.NominationDocuments;

/// <summary>Nominations with linked evidence targets, moved through the domain; PDFs made for uploading.</summary>
internal static class DossierDocumentsBuilder
{
    public const string Summary = "Chủ trì kết nối dữ liệu khám, chữa bệnh của 100% bệnh viện tuyến tỉnh với VNeID.\nHướng dẫn các trạm y tế xã triển khai sổ sức khỏe điện tử.";

    /// <summary>
    /// A draft of Sở Y tế for Bằng khen CT UBND tỉnh, citing the given targets of its plan; with <paramref name="fileRows"/>,
    /// rows for its two required files (no file on disk: enough to submit it), otherwise no files yet.
    /// </summary>
    public static Task<int> NominationAsync(this PortalFactory factory, string name, NomineeKind kind, bool fileRows, params int[] targetIds) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            var unitId = await db.Units.Where(u => u.Code == NominationBuilder.SoYte).Select(u => u.Id).SingleAsync();
            var form = await db.AwardForms.SingleAsync(f => f.Code == AwardFormSeed.BangKhenTinh);
            var nomination = Nomination.Draft(campaign.Id, unitId, form, kind, name, Summary, TaskRating.Excellent, NominationBuilder.Staff, DateTime.UtcNow.AddDays(-3));
            nomination.NomineePosition = kind == NomineeKind.Individual ? "Trưởng phòng Nghiệp vụ Y" : null;
            nomination.NomineeWorkplace = "Sở Y tế tỉnh Lạng Sơn";
            nomination.LinkTargets(targetIds);
            foreach (var document in fileRows ? [DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes] : Array.Empty<DossierDocuments>())
            {
                nomination.Attachments.Add(new Attachment
                {
                    FileName = document == DossierDocuments.AchievementReport ? "bao-cao-thanh-tich.pdf" : "bien-ban-hop-xet.pdf",
                    ContentType = "application/pdf",
                    Size = 1024,
                    Sha256 = new string('0', 64),
                    StoragePath = "2026/01/" + Guid.NewGuid().ToString("N"),
                    UploadedBy = NominationBuilder.Staff.UserName,
                    UploadedAtUtc = DateTime.UtcNow,
                    DocumentKind = document,
                });
            }

            db.Nominations.Add(nomination);
            await db.SaveChangesAsync();
            return nomination.Id;
        });

    /// <summary>Submitted by the head under Tờ trình 99/TTr-SYT and found eligible by Sở Nội vụ: the council may read it now.</summary>
    public static Task<int> EligibleAsync(this PortalFactory factory, int id) => factory.WithDbAsync(async db =>
    {
        var nomination = await db.Nominations.Include(n => n.AwardForm).Include(n => n.Attachments).SingleAsync(n => n.Id == id);
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == nomination.CampaignId);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        db.NominationBatches.Add(NominationBatch.Submit(campaign, nomination.UnitId, "99/TTr-SYT", today, [nomination], null, NominationBuilder.Head, now, today));
        nomination.MarkEligible(NominationBuilder.NoiVu, now, null);
        return await db.SaveChangesAsync();
    });

    /// <summary>A real PDF of blank A4 pages with a frame each (no text: no font needed).</summary>
    public static byte[] Pdf(int pages)
    {
        using var document = new PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            var page = document.AddPage();
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawRectangle(XPens.Black, 60, 60, 400, 200 + (20 * i));
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>The 8-byte PNG signature and a little more: accepted as an image by the upload check.</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
}
