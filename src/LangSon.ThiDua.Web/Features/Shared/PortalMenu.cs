using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.Shared;

/// <summary>A page the menu leads to.</summary>
public sealed record MenuLink(string Title, string Href);

/// <summary>An area of the menu: one link, or a drop-down of several.</summary>
public sealed record MenuSection(string Title, IReadOnlyList<MenuLink> Links)
{
    public bool IsDropDown => Links.Count > 1;
}

/// <summary>
/// The main menu of the signed-in layout, grouped by area so that every role's menu holds on one line from 992 px,
/// and the page "you are here": the link whose address is the longest prefix of the request path.
/// </summary>
public static class PortalMenu
{
    private static readonly MenuLink Campaign = new("Kế hoạch thi đua của tỉnh", "/Home/Campaign");
    private static readonly MenuLink Pacts = new("Giao ước khối, cụm", "/EmulationPacts");
    private static readonly MenuLink Overview = new("Theo dõi khối, cụm", "/EmulationOverview");
    private static readonly MenuLink Dashboard = new("Bảng điều khiển", "/Dashboard");
    private static readonly MenuSection Reports = new("Báo cáo",
        [new("Báo cáo Excel", "/Reports"), new("Tổng kết phong trào", "/SummaryReport")]);

    public static IReadOnlyList<MenuSection> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var sections = new List<MenuSection>();
        if (user.IsInRole(Roles.UnitHead) || user.IsInRole(Roles.UnitStaff))
        {
            sections.Add(Single(Campaign with { Title = "Kế hoạch thi đua" }));
            sections.Add(Single(new("Kế hoạch của đơn vị", "/Plans/Mine")));
            sections.Add(new("Khen thưởng",
            [
                new("Đề nghị khen thưởng", "/Nominations"),
                new("Sổ khen thưởng của đơn vị", "/AwardRegister"),
                Pacts,
            ]));
        }

        if (Policies.ProvinceWideRoles.Any(user.IsInRole))
        {
            sections.Add(Single(Dashboard));
            var plans = new List<MenuLink> { new("Kế hoạch các đơn vị", "/Plans") };
            if (user.IsInRole(Roles.NoiVu))
            {
                plans.Add(new("Đôn đốc", "/Reminders"));
            }

            plans.Add(Campaign);
            sections.Add(new("Kế hoạch", plans));
            sections.Add(Reports);
        }

        if (user.IsInRole(Roles.NoiVu))
        {
            sections.Add(new("Khen thưởng",
            [
                new("Thẩm định hồ sơ", "/NominationReview"),
                new("Phiên họp Hội đồng", "/Council"),
                new("Quyết định khen thưởng", "/AwardDecisions"),
                new("Sổ khen thưởng", "/AwardRegister"),
            ]));
            sections.Add(new("Theo dõi",
            [
                new("Phản ánh, kiến nghị", "/Feedback"),
                new("Gương điển hình", "/ExemplaryModels/Review"),
                Pacts,
                Overview,
            ]));
        }
        else if (user.IsInRole(Roles.CouncilMember))
        {
            sections.Add(Single(new("Phiên họp Hội đồng", "/Council")));
        }

        if (user.IsInRole(Roles.UnitHead) || user.IsInRole(Roles.UnitStaff) || user.IsInRole(Roles.Observer))
        {
            sections.Add(Single(new("Gương điển hình", "/ExemplaryModels")));
            sections.Add(Single(new("Phản ánh", "/Feedback")));
        }

        if (user.IsInRole(Roles.Admin))
        {
            sections.Add(new("Quản trị",
            [
                new("Người dùng", "/Users"),
                new("Cơ quan, đơn vị", "/Units"),
                new("Khối, cụm thi đua", "/EmulationGroups"),
                Pacts,
                Overview,
                new("Phong trào thi đua", "/Campaigns"),
                new("Hình thức khen thưởng", "/AwardForms"),
                new("Phôi bằng khen, giấy khen", "/Certificates/Blanks"),
                new("Sổ khen thưởng", "/AwardRegister"),
                new("Hàng đợi e-mail", "/EmailQueue"),
                new("Nhật ký hệ thống", "/Audit"),
            ]));
        }

        return sections;
    }

    /// <summary>The link of the page being shown (or of the list it belongs to), if the menu has one.</summary>
    public static MenuLink? Current(IEnumerable<MenuSection> sections, string path)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var links = sections.SelectMany(s => s.Links).ToList();
        return links
            .Where(l => path.Equals(l.Href, StringComparison.OrdinalIgnoreCase)
                || path.StartsWith(l.Href + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(l => l.Href.Length)
            ?? links.FirstOrDefault(l =>
                FirstSegment(l.Href).Equals(FirstSegment(path), StringComparison.OrdinalIgnoreCase));
    }

    private static string FirstSegment(string path) => path.TrimStart('/').Split('/')[0];

    private static MenuSection Single(MenuLink link) => new(link.Title, [link]);
}

/// <summary>The banner mark: where it leads and the portal's name under the province's.</summary>
public sealed record BrandModel(string Href, string Name);
