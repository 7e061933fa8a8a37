using System.Diagnostics;
using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.PlanImport;

namespace LangSon.ThiDua.Tests.Integration.Documents;

/// <summary>A portal that starts its PDF browser in the background, as a production start does.</summary>
public sealed class WarmUpFactory : PortalFactory
{
    protected override bool WarmUpPdf => true;
}

/// <summary>The first document after start-up does not wait for the browser to start (issue 18).</summary>
public sealed class PdfWarmUpTests(WarmUpFactory factory) : IClassFixture<WarmUpFactory>
{
    [Fact]
    public async Task The_browser_starts_in_the_background_after_start_up_and_twenty_documents_at_once_still_print()
    {
        using var anonymous = factory.CreatePortalClient();

        // Readiness does not wait for the browser; the browser starts without any document being asked for.
        using (var ready = await anonymous.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        const string Ready = "Trình duyệt xuất PDF đã sẵn sàng";
        var log = await PortalLog.WaitForAsync(factory.DataDirectory, Ready, TimeSpan.FromSeconds(90));
        Assert.Contains(Ready, log, StringComparison.Ordinal);

        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory);
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var watch = Stopwatch.StartNew();
        var url = new Uri($"/PlanExport/Pdf/{planId}", UriKind.Relative);
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => head.Http.GetAsync(url)));
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        });
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"20 documents took {watch.Elapsed}");
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
