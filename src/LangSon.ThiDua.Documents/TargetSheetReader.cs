using System.IO.Compression;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>Reads the "Mục tiêu" sheet of an uploaded workbook into targets and Vietnamese errors; never throws on bad input.</summary>
internal static class TargetSheetReader
{
    /// <summary>Guards against a small file that unpacks to an enormous one (a "zip bomb").</summary>
    private const long MaxUnpackedBytes = 200L * 1024 * 1024;

    private const int MaxZipEntries = 5_000;

    public static ImportResult Read(Stream content, ImportRules rules)
    {
        var bytes = Load(content);
        if (bytes is null || !IsReasonableZip(bytes))
        {
            return ImportResult.FileError(ImportResult.NotExcelMessage);
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ImportResult.FileError(ImportResult.NotExcelMessage);
        }

        using (workbook)
        {
            if (!workbook.TryGetWorksheet(TargetColumns.SheetName, out var sheet))
            {
                return ImportResult.FileError(
                    $"Tệp không có trang tính \"{TargetColumns.SheetName}\". Hãy dùng tệp mẫu tải về từ cổng thông tin và giữ nguyên tên trang tính.");
            }

            return ReadSheet(sheet, rules);
        }
    }

    private static ImportResult ReadSheet(IXLWorksheet sheet, ImportRules rules)
    {
        var errors = CheckHeader(sheet);
        if (errors.Count > 0)
        {
            // With the columns moved, every other message would point at the wrong thing.
            return new ImportResult { Errors = errors };
        }

        var rowNumbers = sheet.Range(TargetColumns.HeaderRow + 1, 1, XLHelper.MaxRowNumber, TargetColumns.All.Count)
            .CellsUsed(XLCellsUsedOptions.Contents)
            .Select(c => c.Address.RowNumber)
            .Distinct()
            .Order();
        var preview = new List<ImportRow>();
        var targets = new List<ImportedTarget>();
        foreach (var rowNumber in rowNumbers)
        {
            var cells = TargetColumns.All.Select(c => CellText.Of(sheet.Cell(rowNumber, c.Number))).ToArray();
            if (cells.All(c => c.IsBlank))
            {
                continue;
            }

            if (preview.Count == TargetColumns.MaxRows)
            {
                return ImportResult.FileError(
                    $"Tệp có hơn {TargetColumns.MaxRows} dòng mục tiêu. Hãy chia thành nhiều tệp, mỗi tệp tối đa {TargetColumns.MaxRows} dòng.");
            }

            preview.Add(new ImportRow(rowNumber, cells.Select(c => c.Text).ToList()));
            if (new TargetRowParser(rowNumber, cells, rules, errors).Parse() is { } target)
            {
                targets.Add(target);
            }
        }

        if (preview.Count == 0)
        {
            errors.Add(new ImportError(0, string.Empty, string.Empty,
                $"Trang tính \"{TargetColumns.SheetName}\" chưa có dòng mục tiêu nào (dữ liệu bắt đầu từ dòng {TargetColumns.HeaderRow + 1})."));
        }

        return new ImportResult { Rows = targets, Preview = preview, Errors = errors };
    }

    private static List<ImportError> CheckHeader(IXLWorksheet sheet)
    {
        var errors = new List<ImportError>();
        foreach (var column in TargetColumns.All)
        {
            var text = CellText.Of(sheet.Cell(TargetColumns.HeaderRow, column.Number)).Text;
            if (!string.Equals(TextFolding.Fold(text), TextFolding.Fold(column.Name), StringComparison.Ordinal))
            {
                errors.Add(new ImportError(TargetColumns.HeaderRow, column.Letter, column.Name,
                    $"Tiêu đề cột phải là \"{column.Name}\" (đang là \"{text}\"). Hãy dùng tệp mẫu, không thêm, bớt hay đổi thứ tự các cột."));
            }
        }

        return errors;
    }

    private static byte[]? Load(Stream content)
    {
        try
        {
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>An xlsx file is a ZIP package ("PK\x03\x04") whose parts unpack to a sane size.</summary>
    private static bool IsReasonableZip(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04)
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Count <= MaxZipEntries && zip.Entries.Sum(e => e.Length) <= MaxUnpackedBytes;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
