using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Infrastructure.Files;

public static class StoredFileResults
{
    /// <summary>
    /// A file of the attachment folder as the answer, once the caller has checked who may read it: 404 when it is gone
    /// from disk, never sniffed by the browser, an attachment named <paramref name="downloadName"/> when one is given
    /// (shown inline otherwise, as a photo is).
    /// </summary>
    public static IActionResult StoredFile(this ControllerBase controller, AttachmentStore store, string storagePath, string contentType, string? downloadName = null)
    {
        var stream = store.OpenRead(storagePath);
        if (stream is null)
        {
            return controller.NotFound();
        }

        controller.Response.Headers.XContentTypeOptions = "nosniff";
        return downloadName is null ? controller.File(stream, contentType) : controller.File(stream, contentType, downloadName);
    }
}
