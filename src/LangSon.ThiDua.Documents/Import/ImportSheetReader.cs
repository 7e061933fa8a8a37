using System.Xml;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents.Import;

/// <summary>
/// Reads the sheet of an import template (<see cref="ImportSheetLayout"/>) from an uploaded workbook into its rows and
/// Vietnamese errors about the file; never throws on bad input. The cells are checked by the portal, with the rules of
/// the form they stand for. The workbook is never loaded whole (issue 20): the package's unpacked size and the sheet's
/// declared dimension are checked first, then the sheet is streamed and only the template's columns are kept.
/// </summary>
internal static class ImportSheetReader
{
    public static ImportResult Read(Stream content, ImportSheetLayout layout)
    {
        var bytes = Load(content);
        if (bytes is null)
        {
            return ImportResult.FileError(ImportResult.NotExcelMessage);
        }

        var (package, refusal) = XlsxPackage.Open(bytes, layout);
        if (package is null)
        {
            return ImportResult.FileError(refusal!);
        }

        using (package)
        {
            try
            {
                return ReadPackage(package, layout);
            }
            catch (WorkbookTooLargeException)
            {
                return ImportResult.FileError(XlsxPackage.TooLarge(null, layout));
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or IOException)
            {
                return ImportResult.FileError(ImportResult.NotExcelMessage);
            }
        }
    }

    private static ImportResult ReadPackage(XlsxPackage package, ImportSheetLayout layout)
    {
        if (package.FindWorkbook(layout.SheetName) is not { } parts)
        {
            return ImportResult.FileError(ImportResult.NotExcelMessage);
        }

        if (!package.Has(parts.Sheet))
        {
            return ImportResult.FileError(
                $"Tệp không có trang tính \"{layout.SheetName}\". "
                + "Hãy dùng tệp mẫu tải về từ cổng thông tin và giữ nguyên tên trang tính.");
        }

        var (rows, refusal) = SheetStream.Read(package, parts.Sheet!, layout);
        if (rows is null)
        {
            return ImportResult.FileError(refusal!);
        }

        var text = WorkbookText.Read(package, parts, rows.Values.SelectMany(r => r));
        var sheet = rows.ToDictionary(r => r.Key, r => r.Value.Select(text.Of).ToArray());
        return ReadSheet(sheet, layout);
    }

    private static ImportResult ReadSheet(Dictionary<int, CellText[]> sheet, ImportSheetLayout layout)
    {
        var errors = CheckHeader(sheet.GetValueOrDefault(layout.HeaderRow), layout);
        if (errors.Count > 0)
        {
            // With the columns moved, every other message would point at the wrong thing.
            return new ImportResult { Errors = errors };
        }

        var preview = new List<ImportRow>();
        foreach (var (rowNumber, cells) in sheet.Where(r => r.Key > layout.HeaderRow).OrderBy(r => r.Key))
        {
            if (cells.All(c => c.IsBlank))
            {
                continue;
            }

            if (preview.Count == layout.MaxRows)
            {
                return ImportResult.FileError($"Tệp có hơn {layout.MaxRows} dòng {layout.RowNoun}. "
                    + $"Hãy chia thành nhiều tệp, mỗi tệp tối đa {layout.MaxRows} dòng.");
            }

            preview.Add(new ImportRow(rowNumber, cells));
        }

        if (preview.Count == 0)
        {
            errors.Add(new ImportError(0, string.Empty, string.Empty,
                $"Trang tính \"{layout.SheetName}\" chưa có dòng {layout.RowNoun} nào "
                + $"(dữ liệu bắt đầu từ dòng {layout.HeaderRow + 1})."));
        }

        return new ImportResult { Preview = preview, Errors = errors };
    }

    private static List<ImportError> CheckHeader(CellText[]? header, ImportSheetLayout layout)
    {
        var errors = new List<ImportError>();
        for (var i = 0; i < layout.Columns.Count; i++)
        {
            var name = layout.Columns[i];
            var text = header?[i].Text ?? string.Empty;
            if (!string.Equals(TextFolding.Fold(text), TextFolding.Fold(name), StringComparison.Ordinal))
            {
                errors.Add(new ImportError(layout.HeaderRow, ((char)('A' + i)).ToString(), name,
                    $"Tiêu đề cột phải là \"{name}\" (đang là \"{text}\"). "
                    + "Hãy dùng tệp mẫu, không thêm, bớt hay đổi thứ tự các cột."));
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
