using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>A user as the later steps need them: to sign plans, report progress and read reminders.</summary>
internal sealed record Person(string Id, string UserName, string FullName, string? Position)
{
    public Actor Actor => new(UserName, FullName);
}

/// <summary>The head and staff of one unit.</summary>
internal sealed class UnitPeople
{
    public Person? Head { get; set; }

    public List<Person> Staff { get; } = [];

    public IEnumerable<Person> All => Head is null ? Staff : [Head, .. Staff];

    /// <summary>Who drafts and reports: a staff member, else the head.</summary>
    public Person Clerk(Random random) => Staff.Count > 0 ? VietnameseNames.Pick(random, Staff) : Head!;

    /// <summary>Who submits: the head, else a staff member.</summary>
    public Person Signer(Random random) => Head ?? VietnameseNames.Pick(random, Staff);
}

/// <summary>What has been generated so far, in insertion (= id) order, for the next steps.</summary>
internal sealed class Province
{
    public required Campaign Campaign { get; init; }

    public required IReadOnlyList<ContentArea> Areas { get; init; }

    public required IReadOnlyList<EmulationGroup> Groups { get; init; }

    /// <summary>The award forms as seeded (Giấy khen, Bằng khen CT UBND tỉnh, Bằng khen TTg).</summary>
    public IReadOnlyList<AwardForm> AwardForms { get; init; } = [];

    /// <summary>All units, the real ones first, by id.</summary>
    public List<Unit> Units { get; } = [];

    public Dictionary<int, UnitPeople> People { get; } = [];

    /// <summary>The Sở Nội vụ officer who reviews plans and sends reminders (the demo account noivu).</summary>
    public Person? Reviewer { get; set; }

    /// <summary>The members of the provincial council (the demo accounts hoidong1…9), who vote in its sessions.</summary>
    public List<Person> Council { get; } = [];

    public List<UnitPlan> Plans { get; } = [];

    public UnitPeople PeopleOf(int unitId) => People.TryGetValue(unitId, out var people) ? people : People[unitId] = new UnitPeople();
}
