using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Web.Features.Verification;

/// <summary>
/// Xác minh bằng khen, giấy khen, for anyone without sign-in: the code printed on a certificate (or its QR code) opens
/// the award's page — name, form, decision number and date, issuer, and "Đã thu hồi" with its date when the award was
/// revoked. Never the date of birth, gender or position. An unknown code is a 404 that says so. Each address may ask a
/// limited number of times a minute (<see cref="VerificationSetup"/>), so that codes cannot be tried in bulk.
/// </summary>
[AllowAnonymous]
[Route("xac-minh")]
[EnableRateLimiting(VerificationSetup.Policy)]
public sealed class VerificationController(AppDbContext db) : Controller
{
    /// <summary>A box to type the code in; a typed code goes to its page.</summary>
    [HttpGet("")]
    public IActionResult Index(string? ma) =>
        string.IsNullOrWhiteSpace(ma) ? View() : RedirectToAction(nameof(Show), new { code = ma.Trim() });

    [HttpGet("{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken ct)
    {
        var stored = VerificationCodes.Normalize(code);
        var award = stored is null ? null : await db.AwardRecords.AsNoTracking()
            .Where(r => r.VerificationCode == stored)
            .Select(r => new VerifiedAward(r.VerificationCode, r.RecipientKind, r.RecipientName, r.AwardFormName,
                r.DecisionNumber, r.DecisionDate, r.Issuer, r.RevokedOn))
            .SingleOrDefaultAsync(ct);
        if (award is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("Unknown", code.Length > 40 ? code[..40] : code);
        }

        return View(award);
    }
}

/// <summary>What the public page shows of an award: nothing more than the certificate itself says.</summary>
public sealed record VerifiedAward(
    string Code, NomineeKind Kind, string Name, string AwardFormName, string DecisionNumber, DateOnly DecisionDate,
    string Issuer, DateOnly? RevokedOn)
{
    public string DisplayCode => VerificationCodes.Display(Code);
}
