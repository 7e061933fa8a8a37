using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// Excel files made to cost the plan import (issue 20, item 4), built from the portal's own import template: every part
/// of the template is kept, only its "Mục tiêu" sheet is replaced (the header row stays, so a reader that loads the
/// whole
/// workbook finds the right columns and reads on). Shared by the measuring command (import-probe) and the tests.
/// </summary>
public static class HostileWorkbooks
{
    private const string SheetName = "Mục tiêu";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly string[] Header =
    [
        "Nội dung thi đua", "Tên mục tiêu, chỉ tiêu, nhiệm vụ", "Loại", "Đơn vị tính", "Chiều đánh giá", "Giá trị ban đầu",
        "Giá trị mục tiêu", "Người chịu trách nhiệm", "Chức vụ", "Thời hạn",
    ];

    private static readonly string[] OneTarget =
        ["1", "Giải ngân vốn đầu tư công", "Nhiệm vụ", "", "", "", "", "Nguyễn Văn An", "", "31/12/2025"];

    /// <summary>
    /// The file of the issue: the header, then <paramref name="cells"/> numbers in the <paramref name="columns"/>
    /// columns
    /// after J (K…), nothing in A–J; the dimension declared as it is. 1,150,000 cells unpack to about 42 MB and pack to
    /// about 2.5 MB, under the 5 MB upload limit.
    /// </summary>
    public static byte[] CellsOutsideColumns(byte[] template, int cells = 1_150_000, int columns = 30)
    {
        var rows = (cells + columns - 1) / columns;
        return WithSheet(template, sheet =>
        {
            sheet.Write($"<dimension ref=\"A1:{Column(10 + columns)}{rows + 1}\"/><sheetData>");
            HeaderRow(sheet);
            var written = 0;
            for (var row = 2; written < cells; row++)
            {
                sheet.Write($"<row r=\"{row}\">");
                for (var c = 11; c <= 10 + columns && written < cells; c++, written++)
                {
                    var value = ((written * 7) % 1000).ToString(CultureInfo.InvariantCulture);
                    sheet.Write($"<c r=\"{Column(c)}{row}\"><v>{value}</v></c>");
                }

                sheet.Write("</row>");
            }

            sheet.Write("</sheetData>");
        });
    }

    /// <summary>A small sheet (the header and one target) that declares the whole grid A1:XFD1048576 as used.</summary>
    public static byte[] HugeDimension(byte[] template) => WithSheet(template, sheet =>
    {
        sheet.Write("<dimension ref=\"A1:XFD1048576\"/><sheetData>");
        HeaderRow(sheet);
        sheet.Write("<row r=\"2\">");
        for (var c = 0; c < OneTarget.Length; c++)
        {
            sheet.Write(Text(Column(c + 1) + "2", OneTarget[c]));
        }

        sheet.Write("</row></sheetData>");
    });

    /// <summary>A sheet part that unpacks to <paramref name="megabytes"/> MB (blanks between its rows) and packs to a
    /// few hundred KB.</summary>
    public static byte[] ZipBomb(byte[] template, int megabytes = 100) => WithSheet(template, sheet =>
    {
        sheet.Write("<sheetData>");
        HeaderRow(sheet);
        var blanks = new string(' ', 1024 * 1024);
        for (var i = 0; i < megabytes; i++)
        {
            sheet.Write(blanks);
        }

        sheet.Write("</sheetData>");
    });

    /// <summary>The template with the "Mục tiêu" sheet's part replaced by &lt;worksheet&gt;…&lt;/worksheet&gt;
    /// written by <paramref name="body"/>.</summary>
    private static byte[] WithSheet(byte[] template, Action<TextWriter> body)
    {
        using var source = new ZipArchive(new MemoryStream(template, writable: false), ZipArchiveMode.Read);
        var sheetPath = SheetPath(source);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.SmallestSize);
                using var to = copy.Open();
                if (entry.FullName == sheetPath)
                {
                    using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
                    writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{Main}\">");
                    body(writer);
                    writer.Write("</worksheet>");
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private static string SheetPath(ZipArchive zip)
    {
        XNamespace main = Main;
        XNamespace rel = Relationships;
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        var sheet = workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == SheetName);
        var id = sheet.Attribute(rel + "id")!.Value;
        var links = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open());
        var target = links.Root!.Elements().Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
    }

    private static void HeaderRow(TextWriter sheet)
    {
        sheet.Write("<row r=\"1\">");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Write(Text(Column(c + 1) + "1", Header[c]));
        }

        sheet.Write("</row>");
    }

    private static string Text(string reference, string text) =>
        text.Length == 0
            ? string.Empty
            : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>1 → A, 27 → AA, 16384 → XFD.</summary>
    private static string Column(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }
}
