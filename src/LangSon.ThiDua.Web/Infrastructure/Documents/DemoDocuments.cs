using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LangSon.ThiDua.Documents.Pdf;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// A demo attachment (a unit's báo cáo thành tích, biên bản họp xét, báo cáo tiến độ): an administrative document
/// printed from Features/Shared/DemoAttachment.cshtml, its last paragraph kept with the signature.
/// </summary>
public sealed class DemoAttachment : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }
}

/// <summary>
/// Demo mode only: prints the demo's attached files with the portal's own engine and layout (Liberation Serif, NĐ 30
/// letterhead, Vietnamese text), so the demo dossier looks like a real one. A document already printed in this process
/// (the same demo seeded again, as the tests do) is taken from memory instead of being printed again.
/// </summary>
internal sealed class DemoDocuments(HtmlDocumentRenderer renderer, IServiceProvider services)
{
    public const string View = "DemoAttachment";

    private static readonly ConcurrentDictionary<string, byte[]> Printed = new(StringComparer.Ordinal);

    /// <summary>
    /// The PDFs of the documents, in their order; printed side by side (the engine bounds how many at once).
    /// </summary>
    public async Task<IReadOnlyList<byte[]>> PrintAsync(IReadOnlyList<DemoAttachment> documents, CancellationToken ct)
    {
        var html = new List<string>(documents.Count);
        foreach (var document in documents)
        {
            html.Add(await renderer.PrintHtmlAsync(services, View, document));
        }

        return await Task.WhenAll(html.Select(async page =>
        {
            var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(page)));
            if (!Printed.TryGetValue(key, out var pdf))
            {
                pdf = await renderer.PdfAsync(page, ct);
                Printed.TryAdd(key, pdf);
            }

            return pdf;
        }));
    }
}
