using System.Xml;
using LangSon.ThiDua.Documents.Import;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>
/// Reads the "Mục tiêu" sheet of an uploaded workbook into its rows and Vietnamese errors about the file; never throws
/// on bad input. The cells are checked by the portal, with the rules of the target form.
/// The workbook is never loaded whole (issue 20): the package's unpacked size and the sheet's declared dimension are
/// checked first, then the sheet is streamed and only the template's columns A–J are kept.
/// </summary>
internal static class TargetSheetReader
{
    public static ImportResult Read(Stream content)
    {
        var bytes = Load(content);
        if (bytes is null)
        {
            return ImportResult.FileError(ImportResult.NotExcelMessage);
        }

        var (package, refusal) = XlsxPackage.Open(bytes);
        if (package is null)
        {
            return ImportResult.FileError(refusal!);
        }

        using (package)
        {
            try
            {
                return ReadPackage(package);
            }
            catch (WorkbookTooLargeException)
            {
                return ImportResult.FileError(XlsxPackage.TooLarge(null));
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
            {
                return ImportResult.FileError(ImportResult.NotExcelMessage);
            }
        }
    }

    private static ImportResult ReadPackage(XlsxPackage package)
    {
        if (package.FindWorkbook(TargetColumns.SheetName) is not { } parts)
        {
            return ImportResult.FileError(ImportResult.NotExcelMessage);
        }

        if (!package.Has(parts.Sheet))
        {
            return ImportResult.FileError(
                $"Tệp không có trang tính \"{TargetColumns.SheetName}\". "
                + "Hãy dùng tệp mẫu tải về từ cổng thông tin và giữ nguyên tên trang tính.");
        }

        var (rows, refusal) = SheetStream.Read(package, parts.Sheet!, TargetColumns.SheetName, TargetColumns.All.Count);
        if (rows is null)
        {
            return ImportResult.FileError(refusal!);
        }

        var text = WorkbookText.Read(package, parts, rows.Values.SelectMany(r => r));
        var sheet = rows.ToDictionary(r => r.Key, r => r.Value.Select(text.Of).ToArray());
        return ReadSheet(sheet);
    }

    private static ImportResult ReadSheet(Dictionary<int, CellText[]> sheet)
    {
        var errors = CheckHeader(sheet.GetValueOrDefault(TargetColumns.HeaderRow));
        if (errors.Count > 0)
        {
            // With the columns moved, every other message would point at the wrong thing.
            return new ImportResult { Errors = errors };
        }

        var preview = new List<ImportRow>();
        foreach (var (rowNumber, cells) in sheet.Where(r => r.Key > TargetColumns.HeaderRow).OrderBy(r => r.Key))
        {
            if (cells.All(c => c.IsBlank))
            {
                continue;
            }

            if (preview.Count == TargetColumns.MaxRows)
            {
                return ImportResult.FileError(
                    $"Tệp có hơn {TargetColumns.MaxRows} dòng mục tiêu. Hãy chia thành nhiều tệp, mỗi tệp tối đa {TargetColumns.MaxRows} dòng.");
            }

            preview.Add(new ImportRow(rowNumber, cells));
        }

        if (preview.Count == 0)
        {
            errors.Add(new ImportError(0, string.Empty, string.Empty,
                $"Trang tính \"{TargetColumns.SheetName}\" chưa có dòng mục tiêu nào (dữ liệu bắt đầu từ dòng {TargetColumns.HeaderRow + 1})."));
        }

        return new ImportResult { Preview = preview, Errors = errors };
    }

    private static List<ImportError> CheckHeader(CellText[]? header)
    {
        var errors = new List<ImportError>();
        foreach (var column in TargetColumns.All)
        {
            var text = header?[column.Number - 1].Text ?? string.Empty;
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
}
