using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.EmulationProposals;

/// <summary>
/// Sends the meeting's proposals into the nomination flow: one draft collective nomination of the lead unit per
/// proposal, each with the biên bản (ranking, votes, proposals) filed as its meeting minutes. The PDF is printed
/// before anything is saved, and the stored files are removed if the save fails: nothing is half-sent.
/// </summary>
public sealed class ProposalDossiers(
    AppDbContext db, HtmlDocumentRenderer renderer, AttachmentStore store, EvidenceInspector inspector)
{
    public async Task<IReadOnlyList<Nomination>> SendAsync(
        Controller controller, EmulationPact pact, IReadOnlyList<AwardForm> forms, ProposalMinutes minutes,
        Actor actor, DateTime nowUtc, CancellationToken ct)
    {
        var pdf = await renderer.PdfAsync(controller, ProposalMinutes.Template, minutes, ct);
        var sent = pact.SendProposals(forms, p => Nomination.Draft(pact.CampaignId, pact.LeadUnitId, p.Form,
            NomineeKind.Collective, p.Unit.UnitName, Summary(p, minutes), p.Form.MinimumTaskRating, actor, nowUtc),
            actor, nowUtc);
        var stored = new List<string>();
        try
        {
            foreach (var (_, nomination) in sent)
            {
                await using var stream = new MemoryStream(pdf);
                var check = await inspector.InspectAsync(
                    $"bien-ban-hop-khoi-cum-{pact.Year}-{pact.Id}.pdf", stream, ct);
                var attachment = await store.SaveAsync(stream, check, actor.UserName, ct);
                stored.Add(attachment.StoragePath);
                attachment.DocumentKind = DossierDocuments.MeetingMinutes;
                nomination.Attachments.Add(attachment);
                db.Nominations.Add(nomination);
            }

            await db.SaveChangesAsync(ct);
        }
        catch
        {
            stored.ForEach(store.Delete);
            throw;
        }

        return sent.Select(s => s.Nomination).ToList();
    }

    private static string Summary(PactProposal proposal, ProposalMinutes minutes)
    {
        var meeting = minutes.Page.Meeting!;
        return $"Đơn vị dẫn đầu {minutes.Page.GroupName} năm {minutes.Page.Year}: tổng điểm " +
            $"{VietnameseNumber.Format(proposal.Unit.Total)}, xếp thứ {proposal.Unit.Rank}/{minutes.SignatoryCount}. " +
            $"Được {proposal.Votes}/{meeting.PresentCount} đơn vị có mặt tại cuộc họp ngày " +
            $"{Domain.Text.Vietnamese.Date(meeting.HeldOn)} biểu quyết đề nghị tặng {proposal.Form.Name} " +
            "(biên bản họp kèm theo hồ sơ).";
    }
}
