namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Settings of the portal (section "Portal" plus the flat keys DESIGN §5 names).</summary>
public sealed class PortalOptions
{
    /// <summary>Folder for the SQLite file, attachments and logs. Setting: DataDirectory.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Seeds the demo accounts. On in Development, off elsewhere unless Demo:Enabled is true.</summary>
    public bool DemoMode { get; init; }

    /// <summary>Seeds the demo plans, reports and evidence too. Setting Demo:Plans; follows demo mode by default.</summary>
    public bool DemoPlans { get; init; }

    public static PortalOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = configuration["DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            dataDirectory = Path.Combine(environment.ContentRootPath, "App_Data");
        }

        var demoMode = configuration.GetValue<bool?>("Demo:Enabled") ?? environment.IsDevelopment();
        return new PortalOptions
        {
            DataDirectory = Path.GetFullPath(dataDirectory),
            DemoMode = demoMode,
            DemoPlans = demoMode && (configuration.GetValue<bool?>("Demo:Plans") ?? true),
        };
    }
}
