using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>The answers the nomination controllers share: back to the dossier or the list with a message.</summary>
internal static class NominationRedirects
{
    /// <summary>The dossier page, with why the step was refused.</summary>
    public static RedirectToActionResult BackToDossier(this Controller controller, int id, string message)
    {
        controller.TempData.SetError(message);
        return controller.RedirectToAction(nameof(NominationsController.Details), "Nominations", new { id });
    }

    public static RedirectToActionResult NoActiveCampaign(this Controller controller)
    {
        controller.TempData.SetError(
            "Hiện chưa có phong trào thi đua nào đang triển khai nên chưa thể lập hồ sơ đề nghị khen thưởng.");
        return controller.RedirectToAction(nameof(NominationsController.Index), "Nominations");
    }

    /// <summary>
    /// Removes a file whose row is already deleted; a file that cannot be removed only leaves an orphan on disk.
    /// </summary>
    public static void DeleteStoredFile(this AttachmentStore store, string storagePath)
    {
        try
        {
            store.Delete(storagePath);
        }
        catch (IOException)
        {
            // The folder is gone or the file is in use: the dossier no longer refers to it, nothing else to do.
        }
    }
}
