using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LangSon.ThiDua.Web.Features.PublicModels;

/// <summary>
/// A published model as the public reads it. Deliberately without the proposer, the review note or any date but the
/// publication's: nothing here may reveal who proposed it or what Sở Nội vụ wrote.
/// </summary>
public sealed record PublicModelCard(
    int Id, NomineeKind Kind, string Name, string? Position, string? UnitName, string? Place, int AreaNumber, string AreaTitle,
    string Title, bool HasPhoto)
{
    public string Where => UnitName is not null && Place is not null ? $"{Place}, {UnitName}" : UnitName ?? Place ?? string.Empty;
}

public sealed class PublicModelsIndexViewModel
{
    public string? Q { get; init; }

    public int? Area { get; init; }

    public int? Unit { get; init; }

    public required IReadOnlyList<SelectListItem> AreaOptions { get; init; }

    public required IReadOnlyList<SelectListItem> UnitOptions { get; init; }

    public required Page<PublicModelCard> Results { get; init; }

    public bool HasFilters => !string.IsNullOrWhiteSpace(Q) || Area is not null || Unit is not null;
}

public sealed class PublicModelDetailsViewModel
{
    public required PublicModelCard Card { get; init; }

    public required string Story { get; init; }

    public DateTime PublishedAtUtc { get; init; }

    public required string CanonicalUrl { get; init; }

    public string? ImageUrl { get; init; }

    /// <summary>The first ~200 characters of the story, cut at a word, for og:description.</summary>
    public string Description => Excerpt(Story, 200);

    public IEnumerable<string> Paragraphs => Story.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);

    public static string Excerpt(string text, int length)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= length)
        {
            return flat;
        }

        var cut = flat[..length];
        var space = cut.LastIndexOf(' ');
        return (space > length / 2 ? cut[..space] : cut).TrimEnd(',', '.', ';', ':', ' ') + "…";
    }
}
