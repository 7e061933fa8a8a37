using LangSon.ThiDua.Web.Infrastructure;
using Serilog;

// A plain (not reloadable) start-up logger: several hosts in one process (the tests) must not freeze a shared one.
Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture).CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();

    var app = builder.Build();
    await app.MigrateAndSeedAsync();
    app.UsePortal();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException && ex.Source != "Microsoft.EntityFrameworkCore.Design")
{
    Log.Fatal(ex, "Cổng thông tin dừng do lỗi khi khởi động");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
