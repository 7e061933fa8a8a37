using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>Demo plans on, and uploads limited to 1 MB so that "just over the limit" is a small request.</summary>
public sealed class UploadAttackFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Uploads:MaxFileMegabytes", "1");
        builder.UseSetting("Uploads:MaxImportMegabytes", "1");
    }
}

/// <summary>
/// Every upload endpoint (progress evidence, nomination dossier files, plan import) against the same hostile files:
/// wrong content behind a good extension, double extensions, path names, NUL and right-to-left override in the name,
/// a file just over the limit, an empty file, a ZIP signature with nothing behind it, macro documents. Each is
/// refused with a Vietnamese message and leaves no
/// row and no file behind (a path name may instead be accepted under a cleaned name, inside the data folder); a good
/// file still goes through.
/// </summary>
public sealed class UploadAttackTests(UploadAttackFactory factory) : IClassFixture<UploadAttackFactory>
{
    private const int Limit = 1024 * 1024;
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Html = "<html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];
    private static readonly byte[] Php = "<?php system($_GET['c']); ?>"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    public static TheoryData<string> Endpoints => new() { "evidence", "dossier", "import" };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Hostile_files_are_refused_in_Vietnamese_and_leave_nothing_behind_while_a_good_file_goes_through(string endpointName)
    {
        var endpoint = await EndpointAsync(endpointName);
        using var client = await factory.SignInAsync(endpoint.User);
        var good = endpoint.Good;
        var ok = endpoint.Extension;
        var zipNotOffice = Zip(("a.txt", "không phải tài liệu"u8.ToArray()));
        List<(string Case, string Name, byte[] Bytes, bool MayBeCleaned)> cases =
        [
            ("HTML behind a good extension", "bao-cao" + ok, Html, false),
            ("EXE behind a good extension", "bao-cao" + ok, Exe, false),
            ("a ZIP that is no office document", "bao-cao" + ok, zipNotOffice, false),
            ("HTML named .jpg", "anh.jpg", Html, false),
            ("EXE named .docx", "bao-cao.docx", Exe, false),
            ("ZIP named .xlsx", "so-lieu.xlsx", zipNotOffice, false),
            ("a ZIP signature and nothing more, named .xlsx", "so-lieu.xlsx", [0x50, 0x4B, 0x03, 0x04], false),
            ("a cut ZIP named .docx", "bao-cao.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], false),
            ("double extension", "bao-cao" + ok + ".exe", good, false),
            ("PHP named .php.pdf", "x.php.pdf", Php, false),
            ("NUL in the name", "bao-cao" + ok + "\0.exe", good, false),
            ("right-to-left override", "bao-cao-\u202Egpj.exe", Jpeg, false),
            ("empty file", "bao-cao" + ok, [], false),
            ("just over the limit", "bao-cao" + ok, [.. good, .. new byte[Limit + 1 - good.Length]], false),
            ("macro-enabled Word", "bao-cao.docm", Office("word/document.xml", "word/vbaProject.bin"), false),
            ("Word with macros renamed .docx", "bao-cao.docx", Office("word/document.xml", "word/vbaProject.bin"), false),
            ("Excel with macros renamed .xlsx", "so-lieu.xlsx", WithMacros(endpoint.Name == "import" ? good : Office("xl/workbook.xml")), false),
            ("path traversal", "../../etc/passwd" + ok, good, true),
            ("Windows path traversal", "..\\..\\x" + ok, good, true),
            ("absolute path", "/tmp/x" + ok, good, true),
        ];

        var failures = new List<string>();
        foreach (var (name, fileName, bytes, mayBeCleaned) in cases)
        {
            var before = await SnapshotAsync(endpoint);
            using var response = await PostAsync(client, endpoint, fileName, bytes);
            var answer = await AnswerAsync(client, response);
            var after = await SnapshotAsync(endpoint);
            if (answer.Status == HttpStatusCode.InternalServerError)
            {
                failures.Add($"{name}: 500");
            }
            else if (answer.Refused)
            {
                if (!answer.Messages.Any(FuzzChecks.IsVietnamese))
                {
                    failures.Add($"{name}: refused without a Vietnamese message ({(int)answer.Status}: {string.Join(" | ", answer.Messages)})");
                }

                if (before != after)
                {
                    failures.Add($"{name}: refused but left something behind ({before} → {after})");
                }
            }
            else if (!mayBeCleaned)
            {
                failures.Add($"{name}: accepted ({(int)answer.Status}) — {before} → {after}");
            }
            else if (await StoredNamesAsync() is var names && names.Any(n => n.Contains('/') || n.Contains('\\') || n.Contains("..", StringComparison.Ordinal)))
            {
                failures.Add($"{name}: accepted and stored under the name {string.Join(", ", names)}");
            }

            var strays = Directory.EnumerateFiles(factory.DataDirectory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(factory.DataDirectory, f))
                .Where(f => !f.StartsWith("attachments" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.StartsWith("imports" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.StartsWith("logs" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.StartsWith("thidua.db", StringComparison.Ordinal) && !f.StartsWith("keys", StringComparison.Ordinal));
            failures.AddRange(strays.Select(s => $"{name}: a file appeared outside the upload folders: {s}"));
        }

        var beforeGood = await SnapshotAsync(endpoint);
        using var goodResponse = await PostAsync(client, endpoint, "bao-cao-hop-le" + ok, good);
        var goodAnswer = await AnswerAsync(client, goodResponse);
        var afterGood = await SnapshotAsync(endpoint);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.False(goodAnswer.Refused, $"a good file was refused: {string.Join(" | ", goodAnswer.Messages)}");
        Assert.True(afterGood.Files > beforeGood.Files, "the good file was not stored");
    }

    private sealed record Endpoint(string Name, string User, string FormPage, string PostUrl, string FileField, string Extension, byte[] Good, Dictionary<string, string> Fields, string Folder);

    private sealed record Answer(HttpStatusCode Status, bool Refused, List<string> Messages);

    private async Task<Endpoint> EndpointAsync(string name)
    {
        switch (name)
        {
            case "evidence":
            {
                var target = await factory.WithDbAsync(db => db.PlanTargets.Where(t => t.UnitPlan!.Unit!.Code == "SYT").OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
                var fields = new Dictionary<string, string> { ["Value"] = "1", ["MilestoneDone"] = "true", ["Narrative"] = "Báo cáo kèm tệp minh chứng (kiểm thử tải tệp)." };
                return new Endpoint(name, "canbo.soyte", $"/Progress/Create?targetId={target}", $"/Progress/Create?targetId={target}", "Files", ".pdf", Pdf, fields, "attachments");
            }

            case "dossier":
            {
                var nomination = await factory.WithDbAsync(db => db.Nominations.Where(n => n.Unit!.Code == "SYT" && n.Status == NominationStatus.Draft).Select(n => n.Id).FirstAsync());
                var fields = new Dictionary<string, string> { ["DocumentKind"] = nameof(DossierDocuments.AchievementReport) };
                return new Endpoint(name, "canbo.soyte", $"/Nominations/Attach/{nomination}", $"/Nominations/Attach/{nomination}", "File", ".pdf", Pdf, fields, "attachments");
            }

            default:
            {
                var plan = await factory.WithDbAsync(db => db.UnitPlans.Where(p => p.Unit!.Code == "05986").Select(p => p.Id).SingleAsync());
                using var client = await factory.SignInAsync("canbo.tamthanh");
                using var template = await client.GetAsync($"/PlanImport/Template/{plan}");
                Assert.Equal(HttpStatusCode.OK, template.StatusCode);
                // A deadline inside the campaign, whose dates follow the demo calendar: its nomination deadline.
                var deadline = await factory.WithDbAsync(db => db.Campaigns.Where(c => c.Code == CampaignSeed.Code)
                    .Select(c => c.NominationDeadline!.Value).SingleAsync());
                var good = PlanImport.ImportPlanBuilder.Fill(await template.Content.ReadAsByteArrayAsync(),
                    ["1. x", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Chỉ tiêu định lượng", "%", "Càng cao càng tốt", "90",
                        "100", "Nguyễn Văn An", "Chủ tịch UBND phường",
                        deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)]);
                return new Endpoint(name, "canbo.tamthanh", $"/PlanImport/Upload/{plan}", $"/PlanImport/Upload/{plan}", "File", ".xlsx", good, [], Path.Combine("attachments", ".imports"));
            }
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, Endpoint endpoint, string fileName, byte[] bytes)
    {
        var token = await client.AntiforgeryTokenAsync(endpoint.FormPage, endpoint.PostUrl);
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var page = await client.GetPageAsync(endpoint.FormPage);
        foreach (var (key, value) in FormFields.Read(page).Where(f => f.Key != endpoint.FileField).Concat(endpoint.Fields).GroupBy(f => f.Key).Select(g => g.Last()))
        {
            content.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(endpoint.Extension == ".pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // The name as a browser sends it: RFC 5987 (filename*) for anything beyond printable ASCII, so NUL and U+202E arrive as typed.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{endpoint.FileField}\"", FileNameStar = fileName };
        content.Add(file);
        using (content)
        {
            return await client.Http.PostAsync(new Uri(endpoint.PostUrl, UriKind.Relative), content);
        }
    }

    /// <summary>Refused = the form came back (or a redirect to an error) with messages; accepted = redirect with success, or the import preview.</summary>
    private static async Task<Answer> AnswerAsync(PortalClient client, HttpResponseMessage response)
    {
        var page = response;
        HttpResponseMessage? followed = null;
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location)
        {
            followed = await client.GetAsync(location.OriginalString);
            page = followed;
        }

        using (followed)
        {
            if (page.Content.Headers.ContentType?.MediaType != "text/html")
            {
                return new Answer(response.StatusCode, response.StatusCode != HttpStatusCode.Redirect, []);
            }

            var document = await PortalClient.ParseAsync(page);
            var messages = document.QuerySelectorAll("main .field-validation-error, main .validation-summary-errors li, main .alert-danger, main .invalid-feedback, h1")
                .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
            var refused = (int)response.StatusCode is 400 or 413 or 415 || document.QuerySelector("main .alert-danger, main .field-validation-error, main .validation-summary-errors") is not null;
            return new Answer(response.StatusCode, refused, messages);
        }
    }

    private sealed record Snapshot(int Attachments, int Reports, int Targets, int Files);

    private async Task<Snapshot> SnapshotAsync(Endpoint endpoint)
    {
        var (attachments, reports, targets) = await factory.WithDbAsync(async db =>
            (await db.Attachments.CountAsync(), await db.ProgressReports.CountAsync(), await db.PlanTargets.CountAsync()));
        var folder = Path.Combine(factory.DataDirectory, endpoint.Folder);
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".owner", StringComparison.Ordinal)) : 0;
        return new Snapshot(attachments, reports, targets, files);
    }

    private Task<List<string>> StoredNamesAsync() =>
        factory.WithDbAsync(db => db.Attachments.OrderByDescending(a => a.Id).Take(1).Select(a => a.FileName).ToListAsync());

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Office(params string[] parts) =>
        Zip([("[Content_Types].xml", "<Types/>"u8.ToArray()), .. parts.Select(p => (p, Encoding.UTF8.GetBytes("<x/>")))]);

    /// <summary>The package with an xl/vbaProject.bin (a VBA project) added: an .xlsm renamed to .xlsx.</summary>
    private static byte[] WithMacros(byte[] package)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/vbaProject.bin").Open();
            entry.Write(OleHeader);
        }

        return stream.ToArray();
    }

    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
}
