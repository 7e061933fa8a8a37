using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using LangSon.ThiDua.Documents;

namespace LangSon.ThiDua.UnitTests.Documents;

/// <summary>
/// The import reader streams the sheet and keeps only the template's columns (issue 20, item 4): what lies outside them
/// costs nothing, and neither a lying package nor data far below the template gets loaded.
/// </summary>
public sealed partial class PlanWorkbookStreamingTests
{
    private static readonly ContentAreaInfo[] Areas = [new(11, 1, "Phát triển kinh tế"), new(12, 2, "Giải ngân vốn đầu tư công")];

    private readonly PlanWorkbook workbook = new();

    [Fact]
    public void Cells_right_of_the_template_columns_are_skipped_and_the_targets_are_read()
    {
        var file = Filled(sheet =>
        {
            Target(sheet, 2, "Giải ngân vốn đầu tư công đạt 95 %");
            for (var row = 2; row <= 2001; row++)
            {
                for (var column = 11; column <= 20; column++)
                {
                    sheet.Cell(row, column).SetValue(row * column);
                }
            }
        });

        var result = workbook.Read(new MemoryStream(file));

        Assert.Empty(result.Errors);
        Assert.Equal("Giải ngân vốn đầu tư công đạt 95 %", Assert.Single(result.Preview).Cells[1]);
        Assert.Equal(10, Assert.Single(result.Preview).Cells.Count);
    }

    /// <summary>The reading stops at the declared size (the runtime's check and the reader's own budget): a corrupt
    /// file.</summary>
    [Fact]
    public void A_sheet_part_that_unpacks_to_more_than_it_declares_is_refused_at_its_declared_size()
    {
        var file = Filled(sheet => Target(sheet, 2, "Mục tiêu có thật"));
        var lying = WithSheet(file, xml => SheetDataEnd().Replace(xml, m => new string(' ', 20 * 1024 * 1024) + m.Value));
        var declared = LieAboutSizes(lying);

        var error = Assert.Single(workbook.Read(new MemoryStream(declared)).Errors);

        Assert.True(error.IsFileLevel);
        Assert.Equal(ImportResult.NotExcelMessage, error.Message);
    }

    [Fact]
    public void A_LibreOffice_dimension_with_column_AMJ_is_read_but_data_below_row_10000_is_refused_without_any_dimension()
    {
        var file = Filled(sheet => Target(sheet, 2, "Mục tiêu có thật"));
        var libreOffice = WithSheet(file, xml => Dimension().Replace(xml, m => Prefixed(m.Groups[1].Value, "<dimension ref=\"A1:AMJ2\"/>")));
        var read = workbook.Read(new MemoryStream(libreOffice));
        Assert.Empty(read.Errors);
        Assert.Equal("Mục tiêu có thật", Assert.Single(read.Preview).Cells[1]);

        var deep = Filled(sheet =>
        {
            Target(sheet, 2, "Mục tiêu có thật");
            sheet.Cell(10_001, 2).SetValue("ở rất xa");
        });
        var noDimension = WithSheet(deep, xml => Dimension().Replace(xml, string.Empty));

        var error = Assert.Single(workbook.Read(new MemoryStream(noDimension)).Errors);
        Assert.Equal("Trang tính \"Mục tiêu\" có dữ liệu ở dòng 10.001, vượt xa vùng của tệp mẫu (tối đa 10.000 dòng). "
            + "Hãy chép các dòng mục tiêu sang tệp mẫu mới tải về rồi tải lên lại.", error.Message);
    }

    [Fact]
    public void Rich_text_inline_strings_and_phonetic_runs_read_as_the_user_sees_them()
    {
        var file = Filled(sheet => Target(sheet, 2, "placeholder"));
        var rich = WithSheet(file, xml => CellB2().Replace(xml, m => Prefixed(m.Groups["p"].Value,
            "<c r=\"B2\" t=\"inlineStr\"><is><r><t>Giải ngân </t></r><r><rPr><b/></rPr><t>vốn đầu tư</t></r><rPh><t>x</t></rPh></is></c>")));

        Assert.Equal("Giải ngân vốn đầu tư", Assert.Single(workbook.Read(new MemoryStream(rich)).Preview).Cells[1]);
    }

    private static byte[] Filled(Action<IXLWorksheet> fill) => PlanWorkbookTests.Filled(Areas, fill);

    private static void Target(IXLWorksheet sheet, int row, string title)
    {
        string[] values = ["2", title, "Nhiệm vụ", "", "", "", "", "Nguyễn Văn An", "", "31/12/2025"];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length > 0)
            {
                sheet.Cell(row, i + 1).SetValue(values[i]);
            }
        }
    }

    /// <summary>The package with the "Mục tiêu" sheet's XML changed (the template's first sheet part).</summary>
    private static byte[] WithSheet(byte[] file, Func<string, string> change)
    {
        using var source = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == "xl/worksheets/sheet1.xml")
                {
                    var xml = new StreamReader(from, Encoding.UTF8).ReadToEnd();
                    Assert.Contains("Nội dung thi đua", xml, StringComparison.Ordinal);
                    to.Write(Encoding.UTF8.GetBytes(change(xml)));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>Every part declares 1,000 bytes unpacked, in its local header and in the central directory.</summary>
    private static byte[] LieAboutSizes(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 <= bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var offset = signature switch { 0x04034b50 => 22, 0x02014b50 => 24, _ => -1 };
            if (offset > 0 && BitConverter.ToUInt32(bytes, i + offset) > 1000)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + offset, 4), 1000u);
            }
        }

        return bytes;
    }

    /// <summary>The elements of <paramref name="xml"/> with the prefix ClosedXML gives the main namespace
    /// ("x:").</summary>
    private static string Prefixed(string prefix, string xml) => Regex.Replace(xml, "<(/?)", "<$1" + prefix, RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("<(x:)?dimension [^>]*/>", RegexOptions.None, 10000)]
    private static partial Regex Dimension();

    [GeneratedRegex("</(x:)?sheetData>", RegexOptions.None, 10000)]
    private static partial Regex SheetDataEnd();

    [GeneratedRegex("<(?<p>x:)?c r=\"B2\"[^>]*>.*?</(x:)?c>", RegexOptions.None, 10000)]
    private static partial Regex CellB2();
}
