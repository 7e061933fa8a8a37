using System.Globalization;
using System.IO.Compression;
using System.Xml;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Import;

/// <summary>
/// An uploaded .xlsx opened as what it is — a ZIP package of XML parts (System.IO.Compression) — and checked before a
/// byte
/// of a worksheet is unpacked: the number of parts and their declared unpacked size. Every part is then read through a
/// stream that stops at its declared size and at the package's budget, so a part that lies about its size (a "zip
/// bomb")
/// cannot cost more than the budget either.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    /// <summary>
    /// All parts together, unpacked. The template filled with its 500 rows of long Vietnamese texts unpacks to well
    /// under
    /// 2 MB; a workbook over this bound holds something else (issue 20: 42 MB of cells outside the template's columns).
    /// </summary>
    public const long MaxUnpackedBytes = 16L * 1024 * 1024;

    private const int MaxParts = 1_000;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive zip;
    private long budget = MaxUnpackedBytes;

    private XlsxPackage(ZipArchive zip)
    {
        this.zip = zip;
    }

    /// <summary>The package, or the Vietnamese reason it is refused (not an xlsx, or too large unpacked).</summary>
    public static (XlsxPackage? Package, string? Refusal) Open(byte[] content, ImportSheetLayout layout)
    {
        if (content.Length < 4 || content[0] != 0x50 || content[1] != 0x4B || content[2] != 0x03 || content[3] != 0x04)
        {
            return (null, ImportResult.NotExcelMessage);
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return (null, ImportResult.NotExcelMessage);
        }

        var declared = zip.Entries.Count > MaxParts ? (long?)null : zip.Entries.Sum(e => e.Length);
        if (declared is not { } total || total > MaxUnpackedBytes)
        {
            zip.Dispose();
            return (null, TooLarge(declared, layout));
        }

        return (new XlsxPackage(zip), null);
    }

    /// <summary>
    /// "Tệp Excel giải nén ra 42,0 MB …": the refusal of a package over <see cref="MaxUnpackedBytes"/> (null: found
    /// while unpacking, or too many parts).
    /// </summary>
    public static string TooLarge(long? unpackedBytes, ImportSheetLayout layout)
    {
        var size = unpackedBytes is { } bytes
            ? (bytes / (1024.0 * 1024)).ToString("N1", Vietnamese.Culture) + " MB"
            : "quá nhiều dữ liệu";
        return $"Tệp Excel giải nén ra {size}, vượt quá {MaxUnpackedBytes / (1024 * 1024)} MB cho phép "
            + $"của tệp nhập {layout.RowNoun} "
            + $"(tệp mẫu đủ {layout.MaxRows} dòng chưa tới 2 MB): tệp có thể chứa nhiều dữ liệu ngoài các cột "
            + $"A–{layout.LastColumnLetter} của tệp mẫu. "
            + $"Hãy chép các dòng {layout.RowNoun} sang tệp mẫu mới tải về rồi tải lên lại.";
    }

    /// <summary>
    /// The parts of the worksheet named <paramref name="sheetName"/>, the shared strings and the styles (paths inside
    /// the
    /// package), found through the package's relationships; null when the package holds no workbook; a null sheet
    /// path when
    /// the workbook has no such sheet.
    /// </summary>
    public WorkbookParts? FindWorkbook(string sheetName)
    {
        var workbook = Relationships("_rels/.rels", string.Empty)
            .FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal));
        if (workbook.Target is null || zip.GetEntry(workbook.Target) is null)
        {
            return null;
        }

        var folder = workbook.Target[..(workbook.Target.LastIndexOf('/') + 1)];
        var name = workbook.Target[folder.Length..];
        var links = Relationships($"{folder}_rels/{name}.rels", folder);
        string? sheetId = null;
        using (var reader = Xml(workbook.Target))
        {
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "sheet" }
                    && reader.GetAttribute("name") == sheetName)
                {
                    sheetId = reader.GetAttribute("id", RelationshipsNamespace);
                    break;
                }
            }
        }

        return new WorkbookParts(
            links.FirstOrDefault(l => l.Id == sheetId && sheetId is not null).Target,
            links.FirstOrDefault(l => l.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target,
            links.FirstOrDefault(l => l.Type.EndsWith("/styles", StringComparison.Ordinal)).Target);
    }

    /// <summary>An XML reader over one part, unpacked through the budget; no DTD, no external entities.</summary>
    public XmlReader Xml(string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidDataException($"Part {path} is missing.");
        return XmlReader.Create(new BudgetStream(entry.Open(), entry.Length, this), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = false,
            CloseInput = true,
        });
    }

    public bool Has(string? path) => path is not null && zip.GetEntry(path) is not null;

    public void Dispose() => zip.Dispose();

    private List<(string Id, string Type, string? Target)> Relationships(string path, string folder)
    {
        var found = new List<(string, string, string?)>();
        if (zip.GetEntry(path) is null)
        {
            return found;
        }

        using var reader = Xml(path);
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                && reader.GetAttribute("TargetMode") != "External"
                && reader.GetAttribute("Target") is { } target)
            {
                var (id, type) = (reader.GetAttribute("Id") ?? string.Empty, reader.GetAttribute("Type") ?? string.Empty);
                found.Add((id, type, Resolve(folder, target)));
            }
        }

        return found;
    }

    /// <summary>A relationship's target as a path inside the package ("worksheets/sheet1.xml" from "xl/" →
    /// "xl/worksheets/sheet1.xml").</summary>
    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>();
        foreach (var part in (target.StartsWith('/') ? target.TrimStart('/') : folder + target).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Counts what a part really unpacks to; more than it declared, or more than the budget, ends the
    /// read.</summary>
    private sealed class BudgetStream(Stream inner, long declared, XlsxPackage package) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            package.budget -= n;
            if (read > declared || package.budget < 0)
            {
                throw new WorkbookTooLargeException();
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>Where the parts that matter sit inside the package (null when absent).</summary>
internal readonly record struct WorkbookParts(string? Sheet, string? SharedStrings, string? Styles);

/// <summary>A part unpacked to more than it declared, or the package to more than its budget.</summary>
internal sealed class WorkbookTooLargeException() : Exception("The workbook unpacks to more than it may.");
