using System.Net;
using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Web.Infrastructure.Maintenance;

namespace LangSon.ThiDua.Tests.Integration.Maintenance;

/// <summary>A production install: the database made by `migrate`, the first administrator by `create-admin`, no demo data.</summary>
public sealed class AdminCommandsTests : IDisposable
{
    private const string Password = "Quan-Tri@2026!";
    private readonly string directory = Path.Combine(Path.GetTempPath(), "thidua-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Create_admin_makes_the_first_administrator_who_signs_in_and_a_second_run_refuses()
    {
        var output = new StringWriter();
        var created = await RunAsync(output, "create-admin", "--user", "QuanTri", "--name", "Nguyễn Văn Quản Trị");
        var again = await RunAsync(output, "create-admin", "--user", "quantri", "--name", "Người khác");

        Assert.Equal(0, created);
        Assert.Equal(1, again);
        Assert.Contains("đã có", output.ToString(), StringComparison.Ordinal);
        await using var portal = new TwoInstances.SharedFolderFactory(directory);
        using var client = portal.CreatePortalClient();
        using var signIn = await client.LoginAsync("quantri", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var users = await client.GetPageAsync("/Users");
        Assert.Contains("Nguyễn Văn Quản Trị", users.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_Vietnamese_rule_and_no_account_is_made()
    {
        var output = new StringWriter();
        var code = await RunAsync(output, "create-admin", "--user", "quantri", "--name", "Nguyễn Văn Quản Trị", password: "123");

        Assert.Equal(1, code);
        Assert.Contains("Không tạo được tài khoản", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync(new StringWriter(), "migrate"));
    }

    private Task<int> RunAsync(StringWriter output, params string[] args) => RunAsync(output, args, Password);

    private Task<int> RunAsync(StringWriter output, string verb, string user, string userName, string name, string fullName, string password) =>
        RunAsync(output, [verb, user, userName, name, fullName], password);

    private Task<int> RunAsync(StringWriter output, string[] args, string password) =>
        AdminCommands.RunAsync([.. args, $"--DataDirectory={directory}", "--environment=Production", "--Demo:Enabled=false"], output, () => password);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be open; the temp folder is cleaned by the OS.
        }
    }
}
