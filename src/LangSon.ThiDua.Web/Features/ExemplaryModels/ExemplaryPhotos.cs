using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure.Files;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>
/// The photo of an exemplary model: PNG, JPEG or WEBP only, checked by extension and magic bytes (EvidenceInspector) and
/// stored in the attachment folder (AttachmentStore); the model keeps the path and the content type it is served with.
/// </summary>
public sealed class ExemplaryPhotos(EvidenceInspector inspector, AttachmentStore store)
{
    public const string Accept = ".png,.jpg,.jpeg,.webp";

    public const string AllowedSummary = "PNG, JPG, WEBP";

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".webp" };

    private static readonly HashSet<string> ContentTypes = new(StringComparer.Ordinal) { "image/png", "image/jpeg", "image/webp" };

    /// <summary>The accepted check of <paramref name="photo"/>, or the Vietnamese reason it is refused.</summary>
    public async Task<(EvidenceCheck? Check, string? Error)> CheckAsync(IFormFile photo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var name = EvidenceInspector.SafeFileName(photo.FileName);
        if (!Extensions.Contains(Path.GetExtension(name)))
        {
            return (null, $"Ảnh \"{(name.Length == 0 ? "(không có tên)" : name)}\" không được chấp nhận: chỉ nhận ảnh {AllowedSummary}.");
        }

        await using var content = photo.OpenReadStream();
        var check = await inspector.InspectAsync(photo.FileName, content, ct);
        if (!check.Accepted)
        {
            return (null, check.Error);
        }

        return ContentTypes.Contains(check.Kind!.ContentType)
            ? (check, null)
            : (null, $"Ảnh \"{name}\" không được chấp nhận: chỉ nhận ảnh {AllowedSummary}.");
    }

    /// <summary>Stores an accepted photo and points the model at it; returns the path of the photo it replaces (to delete after saving).</summary>
    public async Task<string?> StoreAsync(ExemplaryModel model, IFormFile photo, EvidenceCheck check, string uploadedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(photo);
        await using var content = photo.OpenReadStream();
        var stored = await store.SaveAsync(content, check, uploadedBy, ct);
        var previous = model.PhotoPath;
        model.PhotoPath = stored.StoragePath;
        model.PhotoContentType = stored.ContentType;
        return previous;
    }

    /// <summary>Removes a stored photo that no model refers to any more; a file that cannot be removed now stays, unreferenced.</summary>
    public void Delete(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            store.Delete(path);
        }
        catch (IOException)
        {
            // Left behind: no row refers to it, so it is never served.
        }
    }
}
