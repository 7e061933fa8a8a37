using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.CouncilDocuments;

/// <summary>
/// Biên bản kiểm phiếu: the print page with the counting committee, then the preview or the PDF. Counts only.
/// </summary>
public sealed partial class CouncilDocumentsController
{
    [HttpGet("Tally/{id:int}")]
    public async Task<IActionResult> Tally(int id, CancellationToken ct)
    {
        var (session, refusal) = await ClosedSessionAsync(id, ct);
        if (session is null)
        {
            return refusal!;
        }

        var head = DefaultHead(session);
        return View(new CouncilPrintViewModel<TallyPrintForm>
        {
            SessionId = id,
            SessionTitle = session.Title,
            MeetingDate = session.MeetingDate,
            Form = new TallyPrintForm
            {
                Date = session.MeetingDate,
                HeadName = head.Name,
                HeadPosition = head.Position,
                Members = string.Join('\n', DefaultCommittee(session)),
            },
        });
    }

    [HttpGet("TallyPdf/{id:int}")]
    public async Task<IActionResult> TallyPdf(int id, [FromQuery] TallyPrintForm form, CancellationToken ct)
    {
        var (session, refusal) = await ClosedSessionAsync(id, ct);
        if (session is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Tally), new CouncilPrintViewModel<TallyPrintForm>
            {
                SessionId = id, SessionTitle = session.Title, MeetingDate = session.MeetingDate, Form = form,
            });
        }

        var head = DefaultHead(session);
        head = new Signer(Blank(form.HeadName) ?? head.Name, Blank(form.HeadPosition) ?? head.Position);
        var members = Blank(form.Members) is { } lines
            ? lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : DefaultCommittee(session);
        var document = new TallyDocument
        {
            Header = Header(session, form.Number, form.Date, TallySubject(session)),
            Session = session,
            CommitteeHead = head,
            CommitteeMembers = members,
        };
        var fileName = FileName("Bien-ban-kiem-phieu", form.Number, document.Header.Date ?? session.MeetingDate);
        return await RenderAsync(form.Preview, "TallyPdf", document, fileName, "Biên bản kiểm phiếu", nameof(Tally), id, ct);
    }

    private static string TallySubject(SessionRecord session) =>
        $"Kiểm phiếu bầu xét đề nghị khen thưởng tại phiên họp Hội đồng Thi đua - Khen thưởng tỉnh {CouncilText.LongDate(session.MeetingDate)}";

    /// <summary>
    /// The counting committee is elected among the council's members present: by default the member present after the
    /// chair heads it (never a Sở Nội vụ officer who is not a member); Sở Nội vụ edits it on the print page.
    /// </summary>
    private static Signer DefaultHead(SessionRecord session) =>
        session.Present.Skip(1).Select(m => new Signer(m.FullName, m.Position)).FirstOrDefault()
            ?? new Signer(null, null);

    /// <summary>
    /// The next two members present after the committee's head, as its members; Sở Nội vụ edits the list.
    /// </summary>
    private static string[] DefaultCommittee(SessionRecord session) =>
        session.Present.Skip(2).Take(2).Select(m => m.Describe()).ToArray();
}
