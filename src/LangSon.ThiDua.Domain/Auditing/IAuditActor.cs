namespace LangSon.ThiDua.Domain.Auditing;

/// <summary>Who is changing data right now, and from where.</summary>
public interface IAuditActor
{
    string UserName { get; }

    string? IpAddress { get; }
}

/// <summary>The actor for start-up seeding, migrations and command-line tools.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public const string Name = "hệ thống";

    public string UserName => Name;

    public string? IpAddress => null;
}
