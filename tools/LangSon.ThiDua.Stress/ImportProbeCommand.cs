using System.Diagnostics;
using System.Globalization;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// What hostile Excel files cost the running portal's plan import (issue 20, item 4; docs/security.md): signs in as a
/// unit clerk whose plan is a draft, builds the files from the portal's own template (<see cref="HostileWorkbooks"/>)
/// and
/// uploads each one <c>runs</c> times, timing the answer and reading the portal process's memory (VmRSS before, peak
/// VmHWM
/// during: the peak is reset through /proc/PID/clear_refs before each upload). Prints one Markdown row per upload.
/// </summary>
internal sealed class ImportProbeCommand(Uri baseAddress, int pid, int runs, string user)
{
    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var client = new PortalClient(baseAddress, user, TimeSpan.FromMinutes(5));
        await DemoSetup.SignInOrThrowAsync(client, ct);
        var planId = await DemoSetup.OwnPlanAsync(client, ct)
            ?? throw new InvalidOperationException($"{user}: đơn vị chưa có kế hoạch.");
        var template = await client.GetBytesAsync($"/PlanImport/Template/{planId}", ct)
            ?? throw new InvalidOperationException("Không tải được tệp mẫu.");
        var files = new (string Name, Func<byte[]> Build)[]
        {
            ("1,15 triệu ô ngoài cột A–J", () => HostileWorkbooks.CellsOutsideColumns(template)),
            ("vùng khai báo A1:XFD1048576", () => HostileWorkbooks.HugeDimension(template)),
            ("bom nén (100 MB khoảng trắng)", () => HostileWorkbooks.ZipBomb(template)),
        };

        Console.WriteLine("| tệp | tải lên | giải nén | lần | mã | thời gian | bộ nhớ thêm (đỉnh) | câu trả lời |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, build) in files)
        {
            var content = build();
            var unpacked = Unpacked(content);
            for (var run = 1; run <= runs; run++)
            {
                var page = await client.GetAsync($"/PlanImport/Upload/{planId}", ct);
                var form = Forms.Find(PortalClient.Parse(page.Body), $"/PlanImport/Upload/{planId}")
                    ?? throw new InvalidOperationException("Không thấy biểu mẫu tải lên.");
                await File.WriteAllTextAsync($"/proc/{pid}/clear_refs", "5", ct);
                var before = Memory("VmRSS");
                var watch = Stopwatch.StartNew();
                var file = new UploadFile("File", "muc-tieu.xlsx", ExcelType, content);
                var answer = await client.PostAsync($"/PlanImport/Upload/{planId}", Forms.Read(form), multipart: true, ct, file);
                watch.Stop();
                var peak = Memory("VmHWM") - before;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {content.Length / 1048576.0:F2} MB | {unpacked / 1048576.0:F1} MB | {run} | {answer.Code} "
                    + $"| {watch.Elapsed.TotalSeconds:F2} s | +{peak / 1024.0:F0} MB | {Message(answer)} |"));
            }
        }

        return 0;
    }

    private long Memory(string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static long Unpacked(byte[] content)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(content, writable: false));
        return zip.Entries.Sum(e => e.Length);
    }

    private static string Message(PortalResponse answer)
    {
        var document = PortalClient.Parse(answer.Body);
        var text = string.Join(" ", document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, h1")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct());
        return text.Length > 110 ? text[..110] + "…" : text;
    }
}
