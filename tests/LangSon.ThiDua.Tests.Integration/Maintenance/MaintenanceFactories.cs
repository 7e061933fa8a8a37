using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Maintenance;

/// <summary>The instance backed up: demo plans on, so that there are plans, nominations and evidence files.</summary>
public sealed class BackupSourceFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;
}

/// <summary>
/// A second portal booted on a data folder a restore filled. Demo plans stay off: every plan it shows came from the
/// backup.
/// </summary>
public sealed class RestoredPortalFactory(string dataDirectory) : PortalFactory(dataDirectory)
{
    public string RestoredDirectory => DataDirectory;
}
