using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LangSon.ThiDua.Web.Infrastructure.Files;

public static class FormFileInspection
{
    /// <summary>
    /// Checks the first <paramref name="max"/> uploaded files; each refused one adds its Vietnamese reason to
    /// <paramref name="modelState"/> under <paramref name="key"/>. Returns the accepted files with their verdicts.
    /// </summary>
    public static async Task<List<(IFormFile File, EvidenceCheck Check)>> InspectAllAsync(
        this EvidenceInspector inspector, IEnumerable<IFormFile> files, int max, ModelStateDictionary modelState, string key, CancellationToken ct)
    {
        var accepted = new List<(IFormFile, EvidenceCheck)>();
        foreach (var file in files.Take(max))
        {
            await using var content = file.OpenReadStream();
            var check = await inspector.InspectAsync(file.FileName, content, ct);
            if (check.Accepted)
            {
                accepted.Add((file, check));
            }
            else
            {
                modelState.AddModelError(key, check.Error!);
            }
        }

        return accepted;
    }
}
