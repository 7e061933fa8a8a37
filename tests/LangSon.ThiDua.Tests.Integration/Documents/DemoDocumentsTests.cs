using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.CouncilDocuments;
using LangSon.ThiDua.Tests.Integration.DecisionDocuments;
using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Documents;

/// <summary>
/// The demo's documents: every PDF printed with its defaults is a real A4 PDF in Liberation Serif (with DOCUMENTS_DIR
/// set, the files are written there to be read page by page, pdftotext and pdftoppm, as a văn thư would); the demo's
/// attached files are documents of the portal's own engine; the whole dossier is numbered as one document.
/// </summary>
public sealed class DemoDocumentsTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    [Fact]
    public async Task The_demos_attached_files_are_Vietnamese_documents_printed_in_Liberation_Serif()
    {
        var files = await factory.WithDbAsync(db => db.Attachments.AsNoTracking()
            .Where(a => a.NominationId != null || a.ProgressReportId != null)
            .Where(a => a.Sha256 != new string('0', 64)) // the rows other tests of this class add without a file
            .Select(a => new { a.StoragePath, a.DocumentKind, a.NominationId }).ToListAsync());

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var path = Path.Combine(factory.DataDirectory, "attachments", file.StoragePath);
            var pdf = PdfText.Read(await File.ReadAllBytesAsync(path));
            pdf.AssertA4InLiberationSerif();
            var expected = file.NominationId is null ? "BÁO CÁO"
                : file.DocumentKind == global::LangSon.ThiDua.Domain.DossierDocuments.MeetingMinutes ? "BIÊN BẢN"
                : "BÁO CÁO THÀNH TÍCH";
            Assert.Contains(expected, pdf.Pages[0].Lines);
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", pdf.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_whole_demo_dossier_is_numbered_as_one_document()
    {
        // The demo council has taken Sở Y tế's eligible dossiers on; the dossier stays one document wherever it is.
        var id = await factory.WithDbAsync(async db => (await db.Nominations
            .Where(n => n.Batch!.DocumentNumber == "312/TTr-SYT")
            .OrderBy(n => n.Id).Select(n => new { n.Id, n.Status }).ToListAsync())
            .First(n => n.Status.HasReachedCouncil()).Id);
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync($"/DossierDocuments/Dossier/{id}");

        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.True(pdf.PageCount >= 4, $"{pdf.PageCount} pages");
        Assert.Null(pdf.Pages[0].TopMarginWord()); // the cover, as a first page, carries no number
        Assert.All(pdf.Pages.Skip(1), page =>
        {
            var numbers = page.Words.Where(w => w.Baseline > page.Size.Height - 50).Select(w => w.Text).ToList();
            Assert.True(numbers.SequenceEqual([page.Number.ToString()]),
                $"Page {page.Number} shows [{string.Join(", ", numbers)}] in its top margin");
        });
    }

    [Fact]
    public async Task Every_document_of_the_demo_prints_to_an_A4_pdf()
    {
        var urls = await UrlsAsync();
        using var noivu = await factory.SignInAsync("noivu");
        var folder = Environment.GetEnvironmentVariable("DOCUMENTS_DIR");
        var failures = new List<string>();
        foreach (var (name, url) in urls)
        {
            using var response = await noivu.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {url} answered {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, name + ".pdf"), bytes);
            }

            try
            {
                PdfText.Read(bytes).AssertA4InLiberationSerif(landscapeAllowed: true);
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                failures.Add($"{name}: {ex.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<List<(string Name, string Url)>> UrlsAsync()
    {
        const VoteChoice Yes = VoteChoice.Agree, No = VoteChoice.Disagree, Abstain = VoteChoice.Abstain;
        var session = await factory.SessionAsync(9, 7, ["Nông Văn Bảy", "Hứa Thị Sáu"],
            [[Yes, Yes], [Yes, Yes], [Yes, No], [Yes, Yes], [Yes, Abstain], [Yes, No], [No, Yes]]);
        var decision = await factory.DecisionAsync(DecisionDocumentScenario.Province, "1234/QĐ-UBND",
            new DateOnly(2026, 1, 20), "Chủ tịch",
            [(NomineeKind.Collective, "Phòng Nghiệp vụ Y"), (NomineeKind.Individual, "Lê Văn Thắng")]);
        var forwarding = await factory.DecisionAsync(DecisionDocumentScenario.PrimeMinister, "56/TTr-UBND",
            new DateOnly(2026, 1, 22), "Phó Chủ tịch", [(NomineeKind.Individual, "Hoàng Thị Mai")]);
        string[] demoBatches = ["312/TTr-SYT", "27/TTr-UBND"];
        return await factory.WithDbAsync(async db =>
        {
            var plans = await db.UnitPlans.Select(p => new { p.Id, p.Unit!.Code }).ToListAsync();
            var batches = await db.NominationBatches.Where(b => demoBatches.Contains(b.DocumentNumber))
                .Select(b => new { b.Id, b.Unit!.Code }).ToListAsync();
            var nominations = await db.Nominations.Where(n => demoBatches.Contains(n.Batch!.DocumentNumber))
                .Select(n => new { n.Id, n.Unit!.Code, n.NomineeKind, n.Status }).ToListAsync();
            var list = new List<(string, string)>();
            list.AddRange(plans.Select(p => ($"ke-hoach-{p.Code}", $"/PlanExport/Pdf/{p.Id}")));
            list.AddRange(batches.Select(b => ($"to-trinh-{b.Code}", $"/SubmissionDocuments/Pdf/{b.Id}")));
            foreach (var code in new[] { "SYT", "05986" })
            {
                foreach (var kind in new[] { NomineeKind.Collective, NomineeKind.Individual })
                {
                    var n = nominations.First(x =>
                        x.Code == code && x.NomineeKind == kind && x.Status != NominationStatus.UnitDecided);
                    list.Add(($"bao-cao-thanh-tich-{code}-{kind}", $"/DossierDocuments/Report/{n.Id}"));
                }
            }

            var dossier = nominations.First(x => x.Code == "SYT" && x.Status.HasReachedCouncil());
            list.Add(("ho-so", $"/DossierDocuments/Dossier/{dossier.Id}"));
            list.Add(("bien-ban-hop", $"/CouncilDocuments/MinutesPdf/{session}"));
            list.Add(("bien-ban-kiem-phieu", $"/CouncilDocuments/TallyPdf/{session}"));
            list.Add(("quyet-dinh", $"/DecisionDocuments/Pdf/{decision}"));
            list.Add(("to-trinh-thu-tuong", $"/DecisionDocuments/Pdf/{forwarding}"));
            list.Add(("bao-cao-tong-ket", "/SummaryReport/Export.pdf"));
            return list;
        });
    }
}
