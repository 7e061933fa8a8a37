namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Settings of the portal (section "Portal" plus the flat keys DESIGN §5 names).</summary>
public sealed class PortalOptions
{
    /// <summary>Folder for the SQLite file, attachments and logs. Setting: DataDirectory.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Seeds the demo accounts. On in Development, off elsewhere unless Demo:Enabled is true.</summary>
    public bool DemoMode { get; init; }

    public static PortalOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = configuration["DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            dataDirectory = Path.Combine(environment.ContentRootPath, "App_Data");
        }

        return new PortalOptions
        {
            DataDirectory = Path.GetFullPath(dataDirectory),
            DemoMode = configuration.GetValue<bool?>("Demo:Enabled") ?? environment.IsDevelopment(),
        };
    }
}
