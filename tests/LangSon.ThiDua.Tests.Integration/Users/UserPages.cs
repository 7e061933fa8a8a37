using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Users;

/// <summary>What the user pages' tests read and post: rows of the list, a field's message, the create form.</summary>
internal static class UserPages
{
    public const string StrongPassword = "Yte#Moi2026!";

    /// <summary>Table rows of the user list by user name: the cell texts.</summary>
    public static Dictionary<string, string[]> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("#users tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .ToDictionary(cells => cells[0]);

    /// <summary>
    /// The message shown beside a field ("" when none): in the field's own group (at most two levels up, for checkbox
    /// lists).
    /// </summary>
    public static string FieldMessage(IHtmlDocument page, string field)
    {
        var element = page.QuerySelector($"[name='{field}']")?.ParentElement;
        for (var level = 0; element is not null && level < 2; level++, element = element.ParentElement)
        {
            if (element.QuerySelector(".field-validation-error") is { } message)
            {
                return message.TextContent.Trim();
            }
        }

        return string.Empty;
    }

    public static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Dictionary<string, string> CreateFields(string userName, string fullName, int? unitId) => new()
    {
        ["UserName"] = userName,
        ["FullName"] = fullName,
        ["Position"] = "Chuyên viên",
        ["UnitId"] = unitId is { } id ? Text(id) : "",
        ["Email"] = "",
        ["SelectedRoles[0]"] = Roles.UnitStaff,
        ["Password"] = StrongPassword,
        ["ConfirmPassword"] = StrongPassword,
    };

    public static Task<List<string>> RolesOfAsync(this PortalFactory factory, string userName) =>
        factory.WithDbAsync(db => db.UserRoles
            .Where(ur => db.Users.Any(u => u.Id == ur.UserId && u.UserName == userName))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync());
}
