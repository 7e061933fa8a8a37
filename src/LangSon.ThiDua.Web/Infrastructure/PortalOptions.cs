namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Settings of the portal (section "Portal" plus the flat keys DESIGN §5 names).</summary>
public sealed class PortalOptions
{
    /// <summary>Folder for the SQLite file, attachments and logs. Setting: DataDirectory.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// Uploaded files (evidence, dossier documents) and pending plan imports. Setting Storage:AttachmentsPath; default
    /// &lt;DataDirectory&gt;/attachments. Several web servers must point it at one shared folder.
    /// </summary>
    public required string AttachmentsDirectory { get; init; }

    /// <summary>Seeds the demo accounts. On in Development, off elsewhere unless Demo:Enabled is true.</summary>
    public bool DemoMode { get; init; }

    /// <summary>Seeds the demo plans, reports and evidence too. Setting Demo:Plans; follows demo mode by default.</summary>
    public bool DemoPlans { get; init; }

    /// <summary>
    /// EF Core's check that a DbContext is not used by two threads at once (an informative exception instead of
    /// undefined behaviour). Setting Database:ThreadSafetyChecks; on by default everywhere but in Production, so that
    /// every test and every developer's run keeps it, and off in Production, where it cost about 2 KB allocated and an
    /// execution-context copy per query (docs/performance.md, "Where the time goes").
    /// </summary>
    public bool DatabaseThreadSafetyChecks { get; init; } = true;

    public static PortalOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataDirectory = configuration["DataDirectory"];
        if (string.IsNullOrWhiteSpace(dataDirectory))
        {
            dataDirectory = Path.Combine(environment.ContentRootPath, "App_Data");
        }

        var attachments = configuration["Storage:AttachmentsPath"];
        var demoMode = configuration.GetValue<bool?>("Demo:Enabled") ?? environment.IsDevelopment();
        return new PortalOptions
        {
            DataDirectory = Path.GetFullPath(dataDirectory),
            AttachmentsDirectory = Path.GetFullPath(string.IsNullOrWhiteSpace(attachments) ? Path.Combine(dataDirectory, "attachments") : attachments),
            DemoMode = demoMode,
            DemoPlans = demoMode && (configuration.GetValue<bool?>("Demo:Plans") ?? true),
            DatabaseThreadSafetyChecks =
                configuration.GetValue<bool?>("Database:ThreadSafetyChecks") ?? !environment.IsProduction(),
        };
    }
}
