using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.CouncilDocuments;

/// <summary>Biên bản họp Hội đồng: the print page with its defaults, then the preview or the PDF.</summary>
public sealed partial class CouncilDocumentsController
{
    [HttpGet("Minutes/{id:int}")]
    public async Task<IActionResult> Minutes(int id, CancellationToken ct)
    {
        var (session, refusal) = await ClosedSessionAsync(id, ct);
        if (session is null)
        {
            return refusal!;
        }

        var (chair, secretary) = await MinutesSignersAsync(session, ct);
        return View(new CouncilPrintViewModel<MinutesPrintForm>
        {
            SessionId = id,
            SessionTitle = session.Title,
            MeetingDate = session.MeetingDate,
            Form = new MinutesPrintForm
            {
                Date = session.MeetingDate,
                Subject = MinutesSubject(session),
                StartTime = DefaultStart,
                EndTime = EndTime(session),
                ChairName = chair.Name,
                ChairPosition = chair.Position,
                SecretaryName = secretary.Name,
                SecretaryPosition = secretary.Position,
            },
        });
    }

    [HttpGet("MinutesPdf/{id:int}")]
    public async Task<IActionResult> MinutesPdf(int id, [FromQuery] MinutesPrintForm form, CancellationToken ct)
    {
        var (session, refusal) = await ClosedSessionAsync(id, ct);
        if (session is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Minutes), new CouncilPrintViewModel<MinutesPrintForm>
            {
                SessionId = id, SessionTitle = session.Title, MeetingDate = session.MeetingDate, Form = form,
            });
        }

        var (chair, secretary) = await MinutesSignersAsync(session, ct);
        chair = new Signer(Blank(form.ChairName) ?? chair.Name, Blank(form.ChairPosition) ?? chair.Position);
        secretary = new Signer(Blank(form.SecretaryName) ?? secretary.Name, Blank(form.SecretaryPosition) ?? secretary.Position);
        var document = new MinutesDocument
        {
            Header = Header(session, form.Number, form.Date, Blank(form.Subject) ?? MinutesSubject(session)),
            Session = session,
            StartTime = form.StartTime,
            EndTime = form.EndTime,
            Chair = chair,
            Secretary = secretary,
        };
        var fileName = FileName("Bien-ban-hop-Hoi-dong", form.Number, document.Header.Date ?? session.MeetingDate);
        return await RenderAsync(form.Preview, "MinutesPdf", document, fileName, "Biên bản họp Hội đồng", nameof(Minutes), id, ct);
    }

    /// <summary>A meeting of the council usually starts at eight; the user changes it on the print page.</summary>
    private static readonly TimeOnly DefaultStart = new(8, 0);

    private static string MinutesSubject(SessionRecord session) =>
        "Họp xét khen thưởng " + CouncilText.CampaignPhrase(session.CampaignTitle);

    /// <summary>The time voting closed, when that was on the meeting day (the closing sentence says "cùng ngày").</summary>
    private static TimeOnly? EndTime(SessionRecord session)
    {
        if (session.ClosedAtUtc is not { } closed)
        {
            return null;
        }

        var local = VietnamTime.FromUtc(closed);
        return DateOnly.FromDateTime(local) == session.MeetingDate ? new TimeOnly(local.Hour, local.Minute) : null;
    }

    /// <summary>Chủ trì: the first member present (else the first invited); thư ký: a Sở Nội vụ officer.</summary>
    private async Task<(Signer Chair, Signer Secretary)> MinutesSignersAsync(SessionRecord session, CancellationToken ct)
    {
        var first = session.Present.FirstOrDefault() ?? (session.Members.Count > 0 ? session.Members[0] : null);
        var chair = first is null ? new Signer(null, null) : new Signer(first.FullName, first.Position);
        return (chair, await CouncilDocumentQueries.NoiVuOfficerAsync(db, ct));
    }
}
