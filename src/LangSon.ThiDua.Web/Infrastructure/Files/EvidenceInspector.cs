using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LangSon.ThiDua.Web.Infrastructure.Files;

/// <summary>An accepted kind of evidence file: its extension, the content type it is served with, its name for users.</summary>
public sealed record EvidenceKind(string Extension, string ContentType, string Label);

/// <summary>The verdict on one uploaded file: its safe name, and either its kind or the Vietnamese reason it is refused.</summary>
public sealed record EvidenceCheck(string FileName, long Size, EvidenceKind? Kind, string? Error)
{
    public bool Accepted => Kind is not null && Error is null;
}

/// <summary>
/// Checks evidence files by extension (the last one), by content (magic bytes; Word and Excel files are opened as
/// ZIP packages) and by size. The client's name and content type are never trusted.
/// </summary>
public sealed class EvidenceInspector(UploadOptions limits)
{
    public long MaxFileBytes => limits.MaxFileBytes;

    public const int MaxFileNameLength = 255;

    public const string AllowedSummary = "PDF, ảnh (PNG, JPG, GIF, WEBP), Word (DOC, DOCX), Excel (XLS, XLSX)";

    /// <summary>The extensions a file chooser should offer.</summary>
    public const string AcceptAttribute = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx";

    private static readonly EvidenceKind Pdf = new(".pdf", "application/pdf", "PDF");
    private static readonly EvidenceKind Png = new(".png", "image/png", "ảnh PNG");
    private static readonly EvidenceKind Jpeg = new(".jpg", "image/jpeg", "ảnh JPEG");
    private static readonly EvidenceKind Gif = new(".gif", "image/gif", "ảnh GIF");
    private static readonly EvidenceKind Webp = new(".webp", "image/webp", "ảnh WEBP");
    private static readonly EvidenceKind Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word");
    private static readonly EvidenceKind Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel");
    private static readonly EvidenceKind Doc = new(".doc", "application/msword", "Word");
    private static readonly EvidenceKind Xls = new(".xls", "application/vnd.ms-excel", "Excel");

    private static readonly Dictionary<string, EvidenceKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".png"] = Png,
        [".jpg"] = Jpeg,
        [".jpeg"] = Jpeg,
        [".gif"] = Gif,
        [".webp"] = Webp,
        [".docx"] = Docx,
        [".xlsx"] = Xlsx,
        [".doc"] = Doc,
        [".xls"] = Xls,
    };

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Checks <paramref name="content"/>, which must be seekable; its position is left at 0.</summary>
    public async Task<EvidenceCheck> InspectAsync(string? clientFileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The evidence stream must be seekable.", nameof(content));
        }

        var name = SafeFileName(clientFileName);
        var size = content.Length;
        var shown = name.Length == 0 ? "(không có tên)" : name;
        if (!ByExtension.TryGetValue(Path.GetExtension(name), out var kind))
        {
            return Refuse($"Tệp \"{shown}\" có định dạng không được chấp nhận. Chỉ nhận tệp {AllowedSummary}.");
        }

        if (size == 0)
        {
            return Refuse($"Tệp \"{shown}\" rỗng (không có nội dung).");
        }

        if (size > MaxFileBytes)
        {
            return Refuse($"Tệp \"{shown}\" vượt quá dung lượng tối đa {limits.MaxFileText}.");
        }

        content.Position = 0;
        var head = new byte[16];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        content.Position = 0;
        var ok = Matches(kind, head.AsSpan(0, read), content);
        content.Position = 0;
        return ok
            ? new EvidenceCheck(name, size, kind, null)
            : Refuse($"Tệp \"{shown}\" không phải là tệp {kind.Label} hợp lệ.");

        EvidenceCheck Refuse(string message) => new(name, size, null, message);
    }

    /// <summary>
    /// The client's file name made safe to show and store: folders removed (both separators), control and
    /// formatting characters (NUL, bidirectional overrides) removed, NFC, trimmed, at most 255 characters
    /// keeping the extension.
    /// </summary>
    public static string SafeFileName(string? clientFileName)
    {
        var name = (clientFileName ?? string.Empty).Normalize(NormalizationForm.FormC).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.Control or UnicodeCategory.Format))
            {
                kept.Append(c);
            }
        }

        name = kept.ToString().Trim().TrimEnd('.', ' ');
        if (name is "." or "..")
        {
            name = string.Empty;
        }

        if (name.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length > 20 ? string.Empty : extension;
            var stem = name[..(MaxFileNameLength - extension.Length)];
            if (char.IsHighSurrogate(stem[^1]))
            {
                stem = stem[..^1];
            }

            name = stem + extension;
        }

        return name;
    }

    private static bool Matches(EvidenceKind kind, ReadOnlySpan<byte> head, Stream content)
    {
        if (kind == Pdf)
        {
            return head.StartsWith("%PDF-"u8);
        }

        if (kind == Png)
        {
            return head.StartsWith(PngSignature);
        }

        if (kind == Jpeg)
        {
            return head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
        }

        if (kind == Gif)
        {
            return head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8);
        }

        if (kind == Webp)
        {
            return head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8);
        }

        if (kind == Doc || kind == Xls)
        {
            return head.StartsWith(OleSignature);
        }

        return head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && IsOfficePackage(content, kind == Docx ? "word/" : "xl/");
    }

    /// <summary>
    /// A Word or Excel package: a ZIP that opens and holds the main part (word/document.xml, xl/workbook.xml).
    /// Only the central directory is read; nothing is extracted. Macro-enabled packages renamed to .docx/.xlsx are refused.
    /// </summary>
    private static bool IsOfficePackage(Stream content, string folder)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var main = folder == "word/" ? "word/document.xml" : "xl/workbook.xml";
            return zip.GetEntry(main) is not null && zip.GetEntry(folder + "vbaProject.bin") is null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // A cut package: a few bytes of ZIP signature make the reader seek before the start of the upload.
            return false;
        }
    }
}
