using System.Diagnostics;
using System.Net;
using System.Text;
using LangSon.ThiDua.Stress;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LangSon.ThiDua.Tests.Integration.PlanImport;

/// <summary>
/// Bounded imports (issue 20, item 4): files made to cost the importer are refused, with a Vietnamese message naming
/// the
/// cause, before any worksheet is loaded. The time bound here is generous for a busy machine; the figures
/// (milliseconds,
/// megabytes) are measured by scripts/import-probe.sh and kept in docs/security.md.
/// </summary>
public sealed class HostileImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_million_cells_outside_the_template_columns_are_refused_by_their_unpacked_size_in_seconds()
    {
        var (messages, elapsed, planId) = await UploadAsync(template => HostileWorkbooks.CellsOutsideColumns(template));

        // Refused by the package's declared size: the answer comes before a single worksheet byte is unpacked.
        Assert.Contains(messages, m => m.StartsWith("Tệp Excel giải nén ra 31,6 MB, vượt quá 16 MB", StringComparison.Ordinal));
        Assert.True(elapsed < Bound, $"{elapsed.TotalSeconds:F1} s");
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Fact]
    public async Task A_sheet_declaring_the_whole_grid_is_refused_by_its_dimension_before_its_cells_are_read()
    {
        var (messages, elapsed, _) = await UploadAsync(HostileWorkbooks.HugeDimension);

        Assert.Contains(messages, m => m.StartsWith("Trang tính \"Mục tiêu\" khai báo vùng dữ liệu A1:XFD1048576", StringComparison.Ordinal));
        Assert.True(elapsed < Bound, $"{elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_by_its_unpacked_size()
    {
        var (messages, elapsed, _) = await UploadAsync(template => HostileWorkbooks.ZipBomb(template));

        Assert.Contains(messages, m => m.StartsWith("Tệp Excel giải nén ra 100,0 MB, vượt quá 16 MB", StringComparison.Ordinal));
        Assert.True(elapsed < Bound, $"{elapsed.TotalSeconds:F1} s");
    }

    private async Task<(IReadOnlyList<string> Messages, TimeSpan Elapsed, int PlanId)> UploadAsync(Func<byte[], byte[]> build)
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        using var template = await clerk.GetAsync($"/PlanImport/Template/{planId}");
        var file = build(await template.Content.ReadAsByteArrayAsync());

        var watch = Stopwatch.StartNew();
        using var response = await clerk.UploadAsync(planId, "muc-tieu.xlsx", file);
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await PortalClient.ParseAsync(response)).ValidationMessages(), watch.Elapsed, planId);
    }
}

/// <summary>One Excel import read at a time, and none waiting: what the concurrency test needs.</summary>
public sealed class OneImportAtATimeFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Uploads:MaxConcurrentImports", "1");
        builder.UseSetting("Uploads:ImportQueueLength", "0");
    }
}

/// <summary>Concurrent imports are bounded (Uploads:MaxConcurrentImports): one more than allowed gets the 429
/// page.</summary>
public sealed class ImportConcurrencyTests(OneImportAtATimeFactory factory) : IClassFixture<OneImportAtATimeFactory>
{
    [Fact]
    public async Task While_one_import_is_being_read_another_gets_the_Vietnamese_429_page_and_the_first_completes()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var slow = await factory.SignInAsync("canbo.soyte");
        using var other = await factory.SignInAsync("truongdonvi.soyte");
        var url = $"/PlanImport/Upload/{planId}";
        var token = await slow.AntiforgeryTokenAsync(url, url);
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();

        // The first upload sends its form's start, then holds the rest of its body until released: the portal is
        // reading it (antiforgery reads the form) and holds the import's one permit meanwhile.
        using var held = new HeldBackContent($"--b\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n",
            "--b\r\nContent-Disposition: form-data; name=\"File\"; filename=\"a.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n--b--\r\n",
            started, release.Task);
        held.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var first = slow.Http.PostAsync(new Uri(url, UriKind.Relative), held);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(200);

        using var refused = await other.UploadAsync(planId, "muc-tieu.xlsx", [0x50, 0x4B, 0x03, 0x04]);
        release.SetResult();
        using var completed = await first.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Quá nhiều yêu cầu", (await PortalClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        using var afterwards = await other.UploadAsync(planId, "muc-tieu.xlsx", [0x50, 0x4B, 0x03, 0x04]);
        Assert.Contains("Tệp không phải là tệp Excel (.xlsx) hợp lệ.", (await PortalClient.ParseAsync(afterwards)).ValidationMessages());
    }

    /// <summary>A request body written in two parts, the second only once <paramref name="release"/>
    /// completes.</summary>
    private sealed class HeldBackContent(string head, string tail, TaskCompletionSource started, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head));
            await stream.FlushAsync();
            started.TrySetResult();
            await release;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(tail));
        }

        // A declared length, as browsers send: the request goes straight to the import (a body of unknown length would be
        // read whole by the request limits first).
        protected override bool TryComputeLength(out long length)
        {
            length = Encoding.UTF8.GetByteCount(head) + Encoding.UTF8.GetByteCount(tail);
            return true;
        }
    }
}

