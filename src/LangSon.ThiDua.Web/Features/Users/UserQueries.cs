using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>The reads of the user screens: the filtered list, one user's details, the select lists.</summary>
internal sealed class UserQueries(AppDbContext db, TimeProvider time)
{
    public async Task<UserListViewModel> ListAsync(UserListFilter filter, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        query = filter.Status switch
        {
            UserListFilter.Active => query.Where(u => u.IsActive),
            UserListFilter.Disabled => query.Where(u => !u.IsActive),
            _ => query,
        };
        if (filter.UnitId is { } unitId)
        {
            query = query.Where(u => u.UnitId == unitId);
        }

        if (filter.Role is { } role && Roles.All.Contains(role))
        {
            var roleIds = db.Roles.Where(r => r.Name == role).Select(r => r.Id);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }

        var rows = query.OrderBy(u => u.UserName).Select(u => new UserRow
        {
            Id = u.Id,
            UserName = u.UserName!,
            FullName = u.FullName,
            Position = u.Position,
            Email = u.Email,
            UnitName = u.Unit != null ? u.Unit.Name : null,
            IsActive = u.IsActive,
        });

        // Names are stored with diacritics and there is no folded column for users, so a search loads the
        // rows the SQL filters kept (a few columns; a province has a few thousand accounts at most) and
        // folds them here. Without a search the page is cut in SQL.
        var search = TextFolding.Fold(filter.Q);
        var page = search.Length == 0
            ? await rows.ToPageAsync(filter.Page, cancellationToken: ct)
            : (await rows.ToListAsync(ct)).Where(r => Matches(r, search)).ToList().ToPage(filter.Page);

        var roles = await RoleNamesAsync(page.Items.Select(r => r.Id).ToList(), ct);
        foreach (var row in page.Items)
        {
            row.RoleNames = roles.GetValueOrDefault(row.Id, []).Select(Roles.DisplayName).ToList();
        }

        return new UserListViewModel
        {
            Filter = filter,
            Page = page,
            RoleOptions = Roles.All.Select(r => new SelectListItem(Roles.DisplayName(r), r, r == filter.Role)).ToList(),
            UnitOptions = await UnitsWithUsersAsync(filter.UnitId, ct),
        };
    }

    public async Task<UserDetailsViewModel?> DetailsAsync(string id, string? currentUserId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.Id, u.UserName, u.FullName, u.Position, u.Email, u.IsActive, u.CreatedAtUtc, u.LockoutEnd, u.AccessFailedCount,
                u.TwoFactorEnabled,
                UnitName = u.Unit != null ? u.Unit.Name : null,
                UnitCode = u.Unit != null ? u.Unit.Code : null,
            })
            .SingleOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var roles = await RoleNamesAsync([user.Id], ct);
        var lockedUntil = user.IsActive && user.LockoutEnd is { } end && end > time.GetUtcNow() ? end.UtcDateTime : (DateTime?)null;
        return new UserDetailsViewModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            FullName = user.FullName,
            Position = user.Position,
            Email = user.Email,
            UnitName = user.UnitName,
            UnitCode = user.UnitCode,
            IsActive = user.IsActive,
            RoleNames = roles.GetValueOrDefault(user.Id, []).Select(Roles.DisplayName).ToList(),
            CreatedAt = VietnamTime.Format(user.CreatedAtUtc),
            LockedUntil = lockedUntil is { } until ? VietnamTime.Format(until) : null,
            AccessFailedCount = user.AccessFailedCount,
            IsSelf = user.Id == currentUserId,
            TwoFactorEnabled = user.TwoFactorEnabled,
        };
    }

    public Task<UserConfirmation?> ConfirmationAsync(string id, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UserConfirmation(u.Id, u.UserName!, u.FullName, u.Unit != null ? u.Unit.Name : null))
            .SingleOrDefaultAsync(ct);

    /// <summary>Identity role names of each user, in the order of <see cref="Roles.All"/>.</summary>
    public async Task<Dictionary<string, List<string>>> RoleNamesAsync(IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var pairs = await db.UserRoles.AsNoTracking().Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(
            g => g.Key,
            g => Roles.All.Where(r => g.Any(p => p.Name == r)).ToList());
    }

    /// <summary>Active units grouped by kind, plus the user's current unit even if it has since been deactivated.</summary>
    public async Task<IReadOnlyList<SelectListItem>> UnitOptionsAsync(int? currentUnitId, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive || u.Id == currentUnitId)
            .Select(u => new { u.Id, u.Name, u.Kind, u.IsActive })
            .ToListAsync(ct);
        var groups = units.Select(u => u.Kind).Distinct().ToDictionary(k => k, k => new SelectListGroup { Name = k.DisplayName() });
        return units.OrderBy(u => u.Kind).ThenBy(u => u.Name, Vietnamese.OrderIgnoringCase)
            .Select(u => new SelectListItem
            {
                Value = u.Id.ToString(CultureInfo.InvariantCulture),
                Text = u.IsActive ? u.Name : $"{u.Name} (đã ngừng hoạt động)",
                Group = groups[u.Kind],
            })
            .ToList();
    }

    /// <summary>True when the unit may be chosen: active, or the one the user already belongs to.</summary>
    public Task<bool> IsSelectableUnitAsync(int unitId, int? currentUnitId, CancellationToken ct) =>
        db.Units.AnyAsync(u => u.Id == unitId && (u.IsActive || u.Id == currentUnitId), ct);

    private async Task<IReadOnlyList<SelectListItem>> UnitsWithUsersAsync(int? selected, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => db.Users.Any(x => x.UnitId == u.Id))
            .Select(u => new { u.Id, u.Name })
            .ToListAsync(ct);
        return units.OrderBy(u => u.Name, Vietnamese.OrderIgnoringCase)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected))
            .ToList();
    }

    /// <summary>
    /// Folded full name contains the folded search; or the user name contains it with spaces and
    /// punctuation dropped on both sides, so "hoi dong" finds hoidong1 and "canbo soyte" finds canbo.soyte.
    /// </summary>
    private static bool Matches(UserRow row, string foldedSearch)
    {
        var compact = Compact(foldedSearch);
        return TextFolding.Fold(row.FullName).Contains(foldedSearch, StringComparison.Ordinal)
            || (compact.Length > 0 && Compact(TextFolding.Fold(row.UserName)).Contains(compact, StringComparison.Ordinal));
    }

    private static string Compact(string folded) => string.Concat(folded.Where(char.IsLetterOrDigit));

}
