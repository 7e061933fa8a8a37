using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.Users.UserPages;

namespace LangSon.ThiDua.Tests.Integration.Users;

/// <summary>Creating, disabling, editing and resetting accounts: what is refused, what is saved and audited.</summary>
public sealed class UserAccountsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Admin_creates_a_unit_staff_user_who_signs_in_to_the_unit_home_page()
    {
        using var admin = await factory.SignInAsync("admin");
        var response = await admin.PostFormAsync("/Users/Create", CreateFields("yte.nhanvien", "Đặng Thị Thảo", await factory.UnitIdAsync("SYT")), "/Users/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await factory.WithDbAsync(db => db.Users.AsNoTracking().Include(u => u.Unit).SingleAsync(u => u.UserName == "yte.nhanvien"));
        Assert.Equal($"/Users/Details/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(("Đặng Thị Thảo", "Chuyên viên", "Sở Y tế", true), (created.FullName, created.Position, created.Unit?.Name, created.IsActive));
        Assert.Equal([Roles.UnitStaff], await factory.RolesOfAsync("yte.nhanvien"));
        var details = await admin.GetPageAsync($"/Users/Details/{created.Id}");
        Assert.Contains("Cán bộ đơn vị", details.QuerySelector("#user-details")!.TextContent, StringComparison.Ordinal);
        var vietnamTime = TimeZoneInfo.ConvertTimeFromUtc(created.CreatedAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        Assert.Contains(vietnamTime.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture), details.QuerySelector("#user-details")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đặng Thị Thảo", Rows(await admin.GetPageAsync("/Users?q=dang+thi+thao"))["yte.nhanvien"][1]);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserName == "admin" && a.Action == AuditActions.Insert && a.EntityId!.StartsWith(created.Id))
            .Select(a => a.EntityType).ToListAsync());
        Assert.Contains(nameof(AppUser), audit);
        Assert.Contains("IdentityUserRole`1", audit);

        using var newcomer = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.LoginAsync("yte.nhanvien", StrongPassword)).StatusCode);
        var home = await newcomer.GetPageAsync("/");
        Assert.Equal("Trang đơn vị: Sở Y tế", home.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Vietnamese_on_the_password_field_and_nothing_is_saved()
    {
        using var admin = await factory.SignInAsync("admin");
        var fields = CreateFields("yeu.matkhau", "Hà Văn Yếu", await factory.UnitIdAsync("SYT"));
        fields["Password"] = fields["ConfirmPassword"] = "abc12345";

        var response = await admin.PostFormAsync("/Users/Create", fields, "/Users/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var passwordMessage = FieldMessage(page, "Password");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", passwordMessage, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", passwordMessage, StringComparison.Ordinal);
        Assert.Contains("Mật khẩu phải có ít nhất một ký tự đặc biệt (ví dụ @, #, !).", passwordMessage, StringComparison.Ordinal);
        Assert.Equal("Hà Văn Yếu", (page.QuerySelector("input[name=FullName]") as IHtmlInputElement)?.Value);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "yeu.matkhau")));
    }

    [Fact]
    public async Task Unit_staff_without_a_unit_is_refused()
    {
        using var admin = await factory.SignInAsync("admin");
        var fields = CreateFields("khong.donvi", "Nông Văn Không", unitId: null);

        var response = await admin.PostFormAsync("/Users/Create", fields, "/Users/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cán bộ đơn vị và Thủ trưởng đơn vị phải thuộc một đơn vị.", FieldMessage(await PortalClient.ParseAsync(response), "UnitId"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "khong.donvi")));
    }

    [Fact]
    public async Task A_user_name_already_taken_is_refused_on_the_user_name_field()
    {
        using var admin = await factory.SignInAsync("admin");
        var fields = CreateFields("canbo.soyte", "Người Trùng Tên", await factory.UnitIdAsync("SYT"));

        var response = await admin.PostFormAsync("/Users/Create", fields, "/Users/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tên đăng nhập \"canbo.soyte\" đã được sử dụng.", FieldMessage(await PortalClient.ParseAsync(response), "UserName"));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.FullName == "Người Trùng Tên")));
    }

    [Fact]
    public async Task An_empty_or_malformed_form_shows_every_message_in_Vietnamese()
    {
        using var admin = await factory.SignInAsync("admin");
        var countBefore = await factory.WithDbAsync(db => db.Users.CountAsync());
        var response = await admin.PostFormAsync("/Users/Create", new Dictionary<string, string>
        {
            ["UserName"] = "Nguyen Van A", ["FullName"] = "", ["Email"] = "khong-phai-email", ["Password"] = StrongPassword, ["ConfirmPassword"] = "Khac#MatKhau1",
        }, "/Users/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các ký tự . _ - @ (không có dấu cách).", FieldMessage(page, "UserName"));
        Assert.Equal("Hãy nhập họ và tên.", FieldMessage(page, "FullName"));
        Assert.Equal("Thư điện tử không đúng định dạng (ví dụ: ten@langson.gov.vn).", FieldMessage(page, "Email"));
        Assert.Equal("Hãy chọn ít nhất một vai trò.", FieldMessage(page, "SelectedRoles"));
        Assert.Equal("Mật khẩu nhập lại không khớp.", FieldMessage(page, "ConfirmPassword"));
        Assert.Equal(countBefore, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Disabling_a_user_blocks_their_login_and_enabling_restores_it()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.UserIdAsync("canbo.tamthanh");

        var confirm = await admin.GetPageAsync($"/Users/Disable/{id}");
        Assert.Contains("Bạn có chắc muốn vô hiệu hóa tài khoản canbo.tamthanh", confirm.QuerySelector(".alert")!.TextContent, StringComparison.Ordinal);
        var disabled = await admin.PostFormAsync($"/Users/Disable/{id}", new Dictionary<string, string>(), $"/Users/Disable/{id}");

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
        Assert.Contains("Đã vô hiệu hóa", (await admin.GetPageAsync($"/Users/Details/{id}")).QuerySelector("#user-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đã vô hiệu hóa", Rows(await admin.GetPageAsync("/Users?status=disabled"))["canbo.tamthanh"][5]);
        using (var blocked = factory.CreatePortalClient())
        {
            var login = await blocked.LoginAsync("canbo.tamthanh", PortalFactory.DemoPassword);
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
            Assert.Contains("Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống.", (await PortalClient.ParseAsync(login)).ValidationMessages());
        }

        var enabled = await admin.PostFormAsync($"/Users/Enable/{id}", new Dictionary<string, string>(), $"/Users/Enable/{id}");

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        using var again = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await again.LoginAsync("canbo.tamthanh", PortalFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task An_admin_can_neither_disable_themselves_nor_drop_their_own_admin_role()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.UserIdAsync("admin");

        var disable = await admin.PostAsSignedInUserAsync($"/Users/Disable/{id}", new Dictionary<string, string>());
        var flash = (await admin.GetPageAsync($"/Users/Details/{id}")).QuerySelector(".alert-danger")?.TextContent.Trim();
        var edit = await admin.PostFormAsync($"/Users/Edit/{id}", new Dictionary<string, string>
        {
            ["FullName"] = "Nguyễn Văn Quản", ["UnitId"] = Text(await factory.UnitIdAsync("SNV")), ["SelectedRoles[0]"] = Roles.NoiVu,
        }, $"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal("Bạn không thể vô hiệu hóa tài khoản của chính mình.", flash);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("Bạn không thể bỏ vai trò Quản trị hệ thống của chính tài khoản mình.", FieldMessage(await PortalClient.ParseAsync(edit), "SelectedRoles"));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
        Assert.Equal([Roles.Admin], await factory.RolesOfAsync("admin"));
    }

    [Fact]
    public async Task Editing_roles_and_position_is_saved_and_written_to_the_audit_log()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.UserIdAsync("mttq");
        var stampBefore = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());
        var form = await admin.GetPageAsync($"/Users/Edit/{id}");
        Assert.True((form.QuerySelector("input[name=SelectedRoles][value=Observer]") as IHtmlInputElement)?.IsChecked);

        var response = await admin.PostFormAsync($"/Users/Edit/{id}", new Dictionary<string, string>
        {
            ["FullName"] = "Đàm Văn Lợi",
            ["Position"] = "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
            ["UnitId"] = Text(await factory.UnitIdAsync("MTTQ")),
            ["Email"] = "mttq@langson.gov.vn",
            ["SelectedRoles[0]"] = Roles.Observer,
            ["SelectedRoles[1]"] = Roles.CouncilMember,
        }, $"/Users/Edit/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.CouncilMember, Roles.Observer], (await factory.RolesOfAsync("mttq")).Order(StringComparer.Ordinal));
        var stampAfter = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());
        Assert.NotEqual(stampBefore, stampAfter);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserName == "admin" && a.EntityId!.StartsWith(id)).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == "IdentityUserRole`1" && a.Action == AuditActions.Insert);
        Assert.Contains(audit, a => a.EntityType == nameof(AppUser) && a.Action == AuditActions.Update
            && a.Changes!.Contains("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", StringComparison.Ordinal));
        var details = await admin.GetPageAsync($"/Users/Details/{id}");
        Assert.Contains("Thành viên Hội đồng TĐKT tỉnh", details.QuerySelector("#user-details")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Audit?userName=mttq", details.QuerySelector("#audit-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Reset_password_checks_the_new_password_in_Vietnamese_and_then_lets_the_user_sign_in_with_it()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.UserIdAsync("hoidong6");
        var url = $"/Users/ResetPassword/{id}";

        var mismatch = await admin.PostFormAsync(url, new Dictionary<string, string> { ["NewPassword"] = StrongPassword, ["ConfirmPassword"] = "Khac#MatKhau1" });
        var weak = await admin.PostFormAsync(url, new Dictionary<string, string> { ["NewPassword"] = "matkhau", ["ConfirmPassword"] = "matkhau" });

        Assert.Equal("Mật khẩu nhập lại không khớp.", FieldMessage(await PortalClient.ParseAsync(mismatch), "ConfirmPassword"));
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", FieldMessage(await PortalClient.ParseAsync(weak), "NewPassword"), StringComparison.Ordinal);
        using (var stillOld = factory.CreatePortalClient())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await stillOld.LoginAsync("hoidong6", PortalFactory.DemoPassword)).StatusCode);
        }

        var reset = await admin.PostFormAsync(url, new Dictionary<string, string> { ["NewPassword"] = StrongPassword, ["ConfirmPassword"] = StrongPassword });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        using var member = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await member.LoginAsync("hoidong6", PortalFactory.DemoPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await member.LoginAsync("hoidong6", StrongPassword)).StatusCode);
    }
}
