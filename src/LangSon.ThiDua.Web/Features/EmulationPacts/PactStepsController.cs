using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>
/// The pact's steps, each confirmed on a page of its own: open for signing and open scoring (Admin, the year's lead
/// unit), sign (a member unit's head); and the pact as a PDF in the NĐ 30 layout (whoever may read the group).
/// </summary>
[Route("EmulationPacts")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class PactStepsController(
    AppDbContext db, IAuthorizationService authorization, TimeProvider time, DocumentResponse response) : Controller
{
    private PactAccess Access => new(db, authorization);

    [HttpGet("Open/{id:int}")]
    public async Task<IActionResult> Open(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var members = await PactQueries.MembersAsync(db, pact.EmulationGroupId, ct);
        if (pact.OpenForSigningRefusal(members) is { } refused)
        {
            return Back(pact, refused);
        }

        return Confirm(pact, "Mở ký kết giao ước", "Sau khi mở ký kết, nội dung cam kết không sửa được nữa. Thủ " +
            "trưởng các đơn vị dưới đây sẽ ký xác nhận giao ước:", members.Select(m => m.UnitName).ToList(),
            nameof(Open), "Mở ký kết", destructive: false);
    }

    [HttpPost("Open/{id:int}")]
    [ActionName(nameof(Open))]
    public async Task<IActionResult> OpenConfirmed(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var members = await PactQueries.MembersAsync(db, pact.EmulationGroupId, ct);
        pact.OpenForSigning(members, User.ToActor(), time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã mở ký kết giao ước năm {pact.Year}: thủ trưởng {members.Count} đơn vị thành viên " +
            "ký xác nhận trên Cổng.");
        return ToGroup(pact);
    }

    [HttpGet("Sign/{id:int}")]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> Sign(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupRead, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.SignRefusal(User.UnitId() ?? 0) is { } refused)
        {
            return Back(pact, refused);
        }

        var lines = pact.Commitments.OrderBy(c => c.Number).Select(c => $"{c.Number}. {c.Text}").ToList();
        return Confirm(pact, "Ký giao ước thi đua", $"Với tư cách thủ trưởng đơn vị, tôi xác nhận đơn vị tham gia " +
            $"giao ước thi đua năm {pact.Year} với các cam kết sau:", lines, nameof(Sign), "Ký giao ước",
            destructive: false);
    }

    [HttpPost("Sign/{id:int}")]
    [ActionName(nameof(Sign))]
    [Authorize(Policy = Policies.SubmitForUnit)]
    public async Task<IActionResult> SignConfirmed(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupRead, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var unitId = User.UnitId() ?? 0;
        var title = await db.Units.Where(u => u.Id == unitId).Select(u => u.HeadTitle).SingleOrDefaultAsync(ct)
            ?? await db.Users.Where(u => u.UserName == User.Identity!.Name).Select(u => u.Position)
                .SingleOrDefaultAsync(ct);
        pact.Sign(unitId, User.ToActor(), title, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess(pact.Status == PactStatus.AllSigned
            ? "Đã ký giao ước. Tất cả đơn vị thành viên đã ký: giao ước có hiệu lực."
            : "Đã ký giao ước thay mặt đơn vị.");
        return ToGroup(pact);
    }

    [HttpGet("OpenScoring/{id:int}")]
    public async Task<IActionResult> OpenScoring(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.OpenScoringRefusal() is { } refused)
        {
            return Back(pact, refused);
        }

        return Confirm(pact, "Mở chấm điểm", "Sau khi mở chấm điểm, bảng tiêu chí (nhóm tiêu chí, tiêu chí, điểm " +
            "thưởng, điểm trừ, nguyên tắc xếp hạng) không sửa được nữa.", [], nameof(OpenScoring), "Mở chấm điểm",
            destructive: true);
    }

    [HttpPost("OpenScoring/{id:int}")]
    [ActionName(nameof(OpenScoring))]
    public async Task<IActionResult> OpenScoringConfirmed(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        pact.OpenScoring(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã mở chấm điểm: bảng tiêu chí đã được chốt.");
        return ToGroup(pact);
    }

    [HttpGet("Pdf/{id:int}")]
    public async Task<IActionResult> Pdf(int id, bool preview, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupRead, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var document = await PactDocument.BuildAsync(db, pact, VietnamTime.Today(time), ct);
        var export = new DocumentExport(
            DocumentFileName.For("Giao-uoc-thi-dua", pact.Year.ToString(CultureInfo.InvariantCulture),
                document.Header.Date, "pdf"),
            nameof(EmulationPact), id.ToString(CultureInfo.InvariantCulture), null, ToGroup(pact));
        return await response.TemplateAsync(this, preview, "PactPdf", document, export, ct);
    }

    private ViewResult Confirm(
        EmulationPact pact, string title, string question, IReadOnlyList<string> details, string action,
        string button, bool destructive) =>
        View("Confirm", new ConfirmViewModel
        {
            Title = title,
            Question = question,
            Details = details,
            Controller = "PactSteps",
            Action = action,
            Route = new Dictionary<string, string> { ["id"] = pact.Id.ToString(CultureInfo.InvariantCulture) },
            Button = button,
            Destructive = destructive,
            GroupId = pact.EmulationGroupId,
            Year = pact.Year,
        });

    private RedirectToActionResult Back(EmulationPact pact, string refusal)
    {
        TempData.SetError(refusal);
        return ToGroup(pact);
    }

    private RedirectToActionResult ToGroup(EmulationPact pact) =>
        RedirectToAction("Group", "EmulationPacts", new { id = pact.EmulationGroupId, year = pact.Year });
}
