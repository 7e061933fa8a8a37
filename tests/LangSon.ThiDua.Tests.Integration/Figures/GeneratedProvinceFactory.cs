using LangSon.ThiDua.DataGen;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Figures;

/// <summary>
/// A portal over a small province made by the data generator (tools/LangSon.ThiDua.DataGen, docs/data-generator.md):
/// 120 units in the real khối and cụm, plans in every state, reports, nominations, council sessions and decisions.
/// </summary>
public sealed class GeneratedProvinceFactory : PortalFactory
{
    public GeneratedProvinceFactory()
        : base(Path.Combine(Path.GetTempPath(), "thidua-tests", Guid.NewGuid().ToString("N")))
    {
        var options = new GeneratorOptions
        {
            DataDirectory = DataDirectory,
            Seed = 19,
            Units = 120,
            Users = 300,
            Targets = 800,
            Reports = 4_000,
            Reminders = 4,
            Nominations = 300,
            CouncilSessions = 3,
            BatchSize = 500,
        };
        new ProvinceDataGenerator(options, TextWriter.Null).RunAsync().GetAwaiter().GetResult();
    }
}
