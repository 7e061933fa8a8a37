using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Progress;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Evidence;

public sealed class EvidenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly byte[] SmallPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static readonly byte[] SmallPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private string AttachmentRoot => Path.Combine(factory.DataDirectory, "attachments");

    [Fact]
    public async Task A_real_PDF_is_stored_under_the_data_folder_with_its_SHA256_and_downloads_back_identical()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "60"), ("Báo cáo quý I.pdf", SmallPdf));

        var attachment = await factory.WithDbAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.ProgressReportId != null && db.ProgressReports.Any(r => r.Id == a.ProgressReportId && r.PlanTargetId == plan.HigherId)));
        Assert.Equal("Báo cáo quý I.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType);
        Assert.Equal(SmallPdf.Length, attachment.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(SmallPdf)), attachment.Sha256);
        Assert.Equal("canbo.soyte", attachment.UploadedBy);
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{32}$", attachment.StoragePath);
        var onDisk = Path.Combine(AttachmentRoot, attachment.StoragePath);
        Assert.Equal(SmallPdf, await File.ReadAllBytesAsync(onDisk));

        var link = page.QuerySelector("#report-history td.files a")!;
        Assert.Equal($"/Evidence/Download/{attachment.Id}", link.GetAttribute("href"));
        Assert.Contains("Báo cáo quý I.pdf", link.TextContent);
        Assert.Contains("(0,2 KB)", page.QuerySelector("#report-history td.files")!.TextContent);

        using var download = await clerk.GetAsync($"/Evidence/Download/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Báo cáo quý I.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(SmallPdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_PNG_is_served_as_image_png_whatever_type_the_browser_claimed()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        await clerk.ReportAndOpenAsync(plan.MilestoneId, ProgressPosts.Report("2026-03-31", done: "true"), ("anh-hien-truong.png", SmallPng), ("quy-che.php.pdf", SmallPdf));

        var files = await AttachmentsOfAsync(plan.MilestoneId);
        Assert.Equal(["anh-hien-truong.png", "quy-che.php.pdf"], files.Select(f => f.FileName));
        using var download = await clerk.GetAsync($"/Evidence/Download/{files[0].Id}");
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(SmallPng, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("text-as-pdf", "Tệp \"gia-mao.pdf\" không phải là tệp PDF hợp lệ.")]
    [InlineData("pdf-exe", "Tệp \"bao-cao.pdf.exe\" có định dạng không được chấp nhận.")]
    [InlineData("empty", "Tệp \"rong.pdf\" rỗng (không có nội dung).")]
    [InlineData("oversize", "Tệp \"qua-lon.pdf\" vượt quá dung lượng tối đa 20 MB.")]
    [InlineData("png-as-jpg", "Tệp \"anh.jpg\" không phải là tệp ảnh JPEG hợp lệ.")]
    [InlineData("good-and-bad", "Tệp \"gia-mao.pdf\" không phải là tệp PDF hợp lệ.")]
    public async Task A_refused_file_re_renders_the_form_with_what_was_typed_and_nothing_is_saved(string kind, string message)
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var before = StoredFiles();
        (string, byte[])[] files = kind switch
        {
            "text-as-pdf" => [("gia-mao.pdf", Encoding.UTF8.GetBytes("Đây chỉ là văn bản, không phải PDF."))],
            "pdf-exe" => [("bao-cao.pdf.exe", SmallPdf)],
            "empty" => [("rong.pdf", [])],
            "oversize" => [("qua-lon.pdf", [.. SmallPdf, .. new byte[new UploadOptions().MaxFileBytes - SmallPdf.Length + 1]])],
            "png-as-jpg" => [("anh.jpg", SmallPng)],
            _ => [("that.pdf", SmallPdf), ("gia-mao.pdf", Encoding.UTF8.GetBytes("văn bản"))],
        };

        var response = await clerk.PostReportAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "60", narrative: "Nội dung đã gõ"), files);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(page.ValidationMessages(), m => m.StartsWith(message, StringComparison.Ordinal));
        Assert.Contains("hãy sửa các lỗi bên dưới rồi chọn lại tệp", page.QuerySelector("#files-discarded")!.TextContent);
        Assert.Equal("Nội dung đã gõ", page.QuerySelector("#Narrative")!.TextContent);
        Assert.Equal("60", page.QuerySelector("#Value")!.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgressReports.CountAsync(r => r.PlanTargetId == plan.HigherId)));
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task A_path_traversal_name_is_stored_inside_the_attachment_folder_under_its_bare_name()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var outside = Path.GetFullPath(Path.Combine(AttachmentRoot, "..", "..", "etc"));

        await clerk.ReportAndOpenAsync(plan.LowerId, ProgressPosts.Report("2026-03-31", value: "15"), ("../../etc/passwd.pdf", SmallPdf));

        var attachment = Assert.Single(await AttachmentsOfAsync(plan.LowerId));
        Assert.Equal("passwd.pdf", attachment.FileName);
        var stored = Path.GetFullPath(Path.Combine(AttachmentRoot, attachment.StoragePath));
        Assert.StartsWith(Path.GetFullPath(AttachmentRoot) + Path.DirectorySeparatorChar, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("passwd", attachment.StoragePath, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outside, "passwd.pdf")));
        Assert.Equal(SmallPdf, await File.ReadAllBytesAsync(stored));
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\win.ini.pdf", "win.ini.pdf")]
    [InlineData("C:\\Users\\huong\\Desktop\\Báo cáo.pdf", "Báo cáo.pdf")]
    [InlineData("bao\0cao\u0007.pdf", "baocao.pdf")]
    [InlineData("anh\u202Egpj.exe", "anhgpj.exe")]
    [InlineData("  ten co khoang trang.pdf  ", "ten co khoang trang.pdf")]
    [InlineData("..", "")]
    public void Client_file_names_are_made_safe(string clientName, string expected) =>
        Assert.Equal(expected, EvidenceInspector.SafeFileName(clientName));

    [Fact]
    public void A_very_long_name_is_cut_to_255_characters_keeping_its_extension()
    {
        var name = EvidenceInspector.SafeFileName(new string('a', 400) + ".pdf");

        Assert.Equal(255, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bang-tinh.xlsx", "xl/workbook.xml", true)]
    [InlineData("van-ban.docx", "word/document.xml", true)]
    [InlineData("van-ban.docx", "xl/workbook.xml", false)]
    [InlineData("bang-tinh.xlsx", "content.xml", false)]
    public async Task Word_and_Excel_packages_must_hold_their_main_part(string name, string entry, bool accepted)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var writer = new StreamWriter(await archive.CreateEntry(entry).OpenAsync());
            await writer.WriteAsync("<xml/>");
        }

        var check = await new EvidenceInspector(new UploadOptions()).InspectAsync(name, zip);

        Assert.Equal(accepted, check.Accepted);
        Assert.Equal(0, zip.Position);
    }

    [Theory]
    [InlineData("bien-ban.doc", "D0CF11E0A1B11AE1", true)]
    [InlineData("so-lieu.xls", "D0CF11E0A1B11AE1", true)]
    [InlineData("so-lieu.xls", "504B030414000000", false)]
    [InlineData("anh.gif", "474946383961", true)]
    [InlineData("anh.gif", "474946383761", true)]
    [InlineData("anh.gif", "474946", false)]
    [InlineData("anh.jpeg", "FFD8FFE0", true)]
    [InlineData("anh.webp", "524946462400000057454250", true)]
    [InlineData("anh.webp", "524946462400000041564920", false)]
    [InlineData("van-ban.docx", "504B0304FFFF", false)]
    [InlineData("tep.txt", "255044462D", false)]
    public async Task Content_must_match_the_last_extension(string name, string hexHead, bool accepted)
    {
        using var content = new MemoryStream([.. Convert.FromHexString(hexHead), .. new byte[64]]);

        var check = await new EvidenceInspector(new UploadOptions()).InspectAsync(name, content);

        Assert.Equal(accepted, check.Accepted);
    }

    [Fact]
    public async Task A_download_answers_404_when_the_row_or_the_file_is_missing()
    {
        var plan = await factory.AcceptedPlanAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "60"), ("mat-tep.pdf", SmallPdf));
        var attachment = Assert.Single(await AttachmentsOfAsync(plan.HigherId));

        File.Delete(Path.Combine(AttachmentRoot, attachment.StoragePath));

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/Evidence/Download/{attachment.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/Evidence/Download/999999")).StatusCode);
    }

    [Fact]
    public async Task Evidence_of_So_Y_te_is_read_by_its_own_users_and_province_wide_readers_only()
    {
        var plan = await factory.AcceptedPlanAsync();
        using (var clerk = await factory.SignInAsync("canbo.soyte"))
        {
            await clerk.ReportAndOpenAsync(plan.HigherId, ProgressPosts.Report("2026-03-31", value: "60"), ("minh-chung.pdf", SmallPdf));
        }

        var url = $"/Evidence/Download/{Assert.Single(await AttachmentsOfAsync(plan.HigherId)).Id}";

        foreach (var userName in new[] { "canbo.tamthanh", "truongdonvi.tamthanh" })
        {
            using var other = await factory.SignInAsync(userName);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        }

        foreach (var userName in new[] { "truongdonvi.soyte", "mttq", "noivu" })
        {
            using var reader = await factory.SignInAsync(userName);
            using var download = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(SmallPdf, await download.Content.ReadAsByteArrayAsync());
        }

        using var anonymous = factory.CreatePortalClient();
        var refused = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", ProgressPosts.Local(refused), StringComparison.Ordinal);
    }

    private HashSet<string> StoredFiles() =>
        Directory.Exists(AttachmentRoot) ? [.. Directory.EnumerateFiles(AttachmentRoot, "*", SearchOption.AllDirectories)] : [];

    private Task<List<LangSon.ThiDua.Domain.Attachment>> AttachmentsOfAsync(int targetId) =>
        factory.WithDbAsync(db => db.ProgressReports.AsNoTracking()
            .Where(r => r.PlanTargetId == targetId)
            .SelectMany(r => r.Attachments)
            .OrderBy(a => a.Id)
            .ToListAsync());
}
