using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

public enum ExemplaryStatus
{
    [Display(Name = "Chờ duyệt")]
    Proposed = 0,

    [Display(Name = "Đã công bố")]
    Published = 1,

    [Display(Name = "Không công bố")]
    Rejected = 2,
}

/// <summary>
/// Gương điển hình tiên tiến: a person or a collective proposed by a unit or an observer (Mặt trận, đoàn thể), checked by
/// Sở Nội vụ and, once published, shown on the public pages (plan section V.2–V.3).
/// </summary>
public sealed class ExemplaryModel : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    public NomineeKind Kind { get; set; }

    /// <summary>The person's or the collective's name.</summary>
    public required string Name { get; set; }

    /// <summary>Chức vụ, nghề nghiệp (a person), or what the collective is.</summary>
    public string? Position { get; set; }

    /// <summary>The unit the model belongs to, when it is one of the portal's units.</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>Where the model works or lives, as written (a village, a cooperative…), shown when there is no unit.</summary>
    public string? Place { get; set; }

    public int ContentAreaId { get; set; }

    public ContentArea? ContentArea { get; set; }

    /// <summary>The headline of the story.</summary>
    public required string Title { get; set; }

    /// <summary>The story: what the person or collective did, with figures.</summary>
    public required string Story { get; set; }

    /// <summary>Name, title and place folded for diacritics-insensitive search.</summary>
    public string SearchText { get; private set; } = string.Empty;

    /// <summary>The photo in the attachment folder (relative path), its content type; none when null.</summary>
    public string? PhotoPath { get; set; }

    public string? PhotoContentType { get; set; }

    public ExemplaryStatus Status { get; private set; }

    public required string ProposedBy { get; set; }

    public required string ProposedByName { get; set; }

    /// <summary>The proposer's unit (a unit user) or organisation (an observer).</summary>
    public int? ProposerUnitId { get; set; }

    public DateTime ProposedAtUtc { get; set; }

    public string? ReviewedBy { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>Sở Nội vụ's reason when the model is not published (or taken down).</summary>
    public string? ReviewNote { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public int Version { get; set; }

    public bool IsEditable => Status == ExemplaryStatus.Proposed;

    /// <summary>Recomputes <see cref="SearchText"/>; call after the name, title or place change.</summary>
    public void Index() => SearchText = TextFolding.Fold($"{Name} {Title} {Place}");

    /// <summary>
    /// Why the model may not be changed now (Vietnamese), or null when it may: the guard and the page ask it.
    /// </summary>
    public string? EditRefusal() => IsEditable
        ? null
        : $"Gương \"{Name}\" đang ở trạng thái \"{Status.DisplayName()}\" nên không thể sửa.";

    public void EnsureEditable()
    {
        if (EditRefusal() is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    public void Publish(Actor actor, DateTime nowUtc)
    {
        Require("công bố", ExemplaryStatus.Proposed, ExemplaryStatus.Rejected);
        Status = ExemplaryStatus.Published;
        PublishedAtUtc = nowUtc;
        ReviewNote = null;
        Reviewed(actor, nowUtc);
    }

    /// <summary>Not published (a proposal) or taken down (a published model): the reason is kept and told to the proposer.</summary>
    public void Reject(Actor actor, DateTime nowUtc, string? reason)
    {
        Require("không công bố", ExemplaryStatus.Proposed, ExemplaryStatus.Published);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Hãy ghi rõ lý do không công bố để người đề xuất biết.");
        }

        Status = ExemplaryStatus.Rejected;
        PublishedAtUtc = null;
        ReviewNote = reason.Trim();
        Reviewed(actor, nowUtc);
    }

    private void Reviewed(Actor actor, DateTime nowUtc)
    {
        ReviewedBy = actor.UserName;
        ReviewedAtUtc = nowUtc;
    }

    private void Require(string verb, params ExemplaryStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException($"Không thể {verb} gương \"{Name}\" khi đang ở trạng thái \"{Status.DisplayName()}\".");
        }
    }
}
