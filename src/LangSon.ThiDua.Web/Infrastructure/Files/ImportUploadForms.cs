using FluentValidation;

namespace LangSon.ThiDua.Web.Infrastructure.Files;

/// <summary>
/// An uploaded import workbook (targets of a plan, past awards of the register): checked by size, extension, content
/// (a ZIP package) and macros before a byte of it is read as a workbook.
/// </summary>
public sealed class ImportUploadForm
{
    public IFormFile? File { get; set; }
}

public sealed class ImportUploadFormValidator : AbstractValidator<ImportUploadForm>
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public ImportUploadFormValidator(UploadOptions limits)
    {
        RuleFor(f => f.File)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Hãy chọn tệp Excel (.xlsx) để tải lên.")
            .Must(f => f!.Length > 0).WithMessage("Tệp tải lên rỗng.")
            .Must(f => f!.Length <= limits.MaxImportBytes)
            .WithMessage($"Tệp lớn hơn {limits.MaxImportText}; hãy chia thành nhiều tệp nhỏ hơn.")
            .Must(f => string.Equals(Path.GetExtension(f!.FileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
            .WithMessage("Chỉ nhận tệp Excel có đuôi .xlsx (tải tệp mẫu về và điền vào đó).")
            .Must(StartsLikeZip).WithMessage(LangSon.ThiDua.Documents.ImportResult.NotExcelMessage)
            .Must(HasNoMacros).WithMessage("Tệp có chứa macro (VBA) nên không được nhận; hãy lưu lại thành tệp Excel "
                + "thường (.xlsx) rồi tải lên.");
    }

    /// <summary>
    /// A macro-enabled workbook (.xlsm) renamed to .xlsx carries xl/vbaProject.bin: refused, never kept on the server.
    /// </summary>
    private static bool HasNoMacros(IFormFile? file)
    {
        if (file is null)
        {
            return false;
        }

        try
        {
            using var stream = file.OpenReadStream();
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
            return !zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentOutOfRangeException)
        {
            // Not a readable package (a few bytes of ZIP signature make the reader seek before the start: issue 20):
            // the import itself says the file is not an Excel workbook.
            return true;
        }
    }

    /// <summary>Checked by content, not by the name alone: an xlsx file is a ZIP package.</summary>
    private static bool StartsLikeZip(IFormFile? file)
    {
        if (file is null)
        {
            return false;
        }

        using var stream = file.OpenReadStream();
        Span<byte> head = stackalloc byte[4];
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual(ZipSignature);
    }
}

/// <summary>Confirms a previewed upload kept on the server under its token.</summary>
public sealed class ImportConfirmForm
{
    public string? Token { get; set; }

    public Guid ParsedToken => Guid.TryParse(Token, out var token) ? token : Guid.Empty;
}

public sealed class ImportConfirmFormValidator : AbstractValidator<ImportConfirmForm>
{
    public const string Expired = "Phiên nhập dữ liệu không hợp lệ hoặc đã hết hạn. Hãy tải tệp lên lại.";

    public ImportConfirmFormValidator()
    {
        RuleFor(f => f.Token)
            .Must(t => Guid.TryParse(t, out var token) && token != Guid.Empty)
            .WithMessage(Expired);
    }
}
