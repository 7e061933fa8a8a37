using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LangSon.ThiDua.Web.Features.Users;

/// <summary>Quản lý người dùng: accounts, their unit and roles, disabling and password resets.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed partial class UsersController(
    AppDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    SignInLimits signInLimits,
    TimeProvider time) : Controller
{
    private UserQueries Queries => new(db, time);

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] UserListFilter filter, CancellationToken ct) =>
        View(await Queries.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(string id, CancellationToken ct)
    {
        if (await Queries.DetailsAsync(id, users.GetUserId(User), ct) is not { } model)
        {
            return NotFound();
        }

        model.Sessions = await db.ListAsync(id, HttpContext, time, ct);
        return View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View(await WithOptionsAsync(new CreateUserForm(), null, ct));

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserForm form, CancellationToken ct)
    {
        var user = new AppUser
        {
            UserName = form.UserName,
            FullName = form.FullName?.Trim() ?? string.Empty,
            Position = Clean(form.Position),
            Email = Clean(form.Email),
            UnitId = form.UnitId,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        await CheckUnitAsync(form.UnitId, null, ct);

        // Identity's own checks (user name taken, password policy) run before anything is saved, so that
        // every problem shows at once, in Vietnamese, beside its field.
        if (!HasError(nameof(form.UserName)))
        {
            foreach (var validator in users.UserValidators)
            {
                AddErrors(await validator.ValidateAsync(users, user), nameof(form.Password));
            }
        }

        if (!HasError(nameof(form.Password)))
        {
            foreach (var validator in users.PasswordValidators)
            {
                AddErrors(await validator.ValidateAsync(users, user, form.Password), nameof(form.Password));
            }
        }

        if (!ModelState.IsValid)
        {
            return View(await WithOptionsAsync(form, null, ct));
        }

        // One transaction: the account exists only with its roles (a failure rolls back the insert too).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(user, form.Password!);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, form.SelectedRoles.Distinct());
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            AddErrors(result, nameof(form.Password));
            return View(await WithOptionsAsync(form, null, ct));
        }

        await transaction.CommitAsync(ct);
        TempData.SetSuccess($"Đã tạo tài khoản \"{user.UserName}\" cho {user.FullName}.");
        return RedirectToAction(nameof(Details), new { id = user.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        var form = new EditUserForm
        {
            UserName = user.UserName,
            FullName = user.FullName,
            Position = user.Position,
            Email = user.Email,
            UnitId = user.UnitId,
            SelectedRoles = [.. await users.GetRolesAsync(user)],
        };
        return View(await WithOptionsAsync(form, user.UnitId, ct));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(string id, EditUserForm form, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        form.UserName = user.UserName;
        var currentRoles = await users.GetRolesAsync(user);
        var wantedRoles = form.SelectedRoles.Distinct().ToList();
        if (IsSelf(user) && currentRoles.Contains(Roles.Admin) && !wantedRoles.Contains(Roles.Admin))
        {
            ModelState.AddModelError(nameof(form.SelectedRoles), "Bạn không thể bỏ vai trò Quản trị hệ thống của chính tài khoản mình.");
        }

        await CheckUnitAsync(form.UnitId, user.UnitId, ct);
        if (!ModelState.IsValid)
        {
            return View(await WithOptionsAsync(form, user.UnitId, ct));
        }

        var originalUnitId = user.UnitId;
        var toRemove = currentRoles.Except(wantedRoles).ToList();
        var toAdd = wantedRoles.Except(currentRoles).ToList();
        var accessChanged = toRemove.Count > 0 || toAdd.Count > 0 || user.UnitId != form.UnitId;
        user.FullName = form.FullName!.Trim();
        user.Position = Clean(form.Position);
        user.Email = Clean(form.Email);
        user.UnitId = form.UnitId;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && toRemove.Count > 0)
        {
            result = await users.RemoveFromRolesAsync(user, toRemove);
        }

        if (result.Succeeded && toAdd.Count > 0)
        {
            result = await users.AddToRolesAsync(user, toAdd);
        }

        if (result.Succeeded && accessChanged)
        {
            // A new stamp makes the user's cookie be re-issued (or rejected) with the new roles and unit.
            result = await users.UpdateSecurityStampAsync(user);
        }

        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            AddErrors(result, string.Empty);
            return View(await WithOptionsAsync(form, originalUnitId, ct));
        }

        await transaction.CommitAsync(ct);
        if (accessChanged && IsSelf(user))
        {
            await signIn.RefreshSignInAsync(user);
        }

        TempData.SetSuccess($"Đã lưu thông tin tài khoản \"{user.UserName}\".");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<TForm> WithOptionsAsync<TForm>(TForm form, int? currentUnitId, CancellationToken ct)
        where TForm : UserProfileForm
    {
        form.UnitOptions = await Queries.UnitOptionsAsync(currentUnitId ?? form.UnitId, ct);
        return form;
    }

    private async Task CheckUnitAsync(int? unitId, int? currentUnitId, CancellationToken ct)
    {
        if (unitId is { } id && !await Queries.IsSelectableUnitAsync(id, currentUnitId, ct))
        {
            ModelState.AddModelError(nameof(UserProfileForm.UnitId), "Đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động.");
        }
    }

    private bool IsSelf(AppUser user) => user.Id == users.GetUserId(User);

    private bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>
    /// Puts Identity's errors beside the field they are about, joined into one message per field
    /// (a field shows one message; a weak password breaks several rules at once).
    /// </summary>
    private void AddErrors(IdentityResult result, string passwordField)
    {
        foreach (var field in result.Errors.GroupBy(e => FieldOf(e, passwordField)))
        {
            ModelState.AddModelError(field.Key, string.Join(" ", field.Select(e => e.Description)));
        }
    }

    private static string FieldOf(IdentityError error, string passwordField) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(CreateUserForm.UserName),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(UserProfileForm.Email),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        _ => string.Empty,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
