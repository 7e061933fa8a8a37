using Microsoft.AspNetCore.Identity;

namespace LangSon.ThiDua.Domain;

/// <summary>A user of the portal: Identity account plus full name, position and unit.</summary>
public sealed class AppUser : IdentityUser
{
    public required string FullName { get; set; }

    public string? Position { get; set; }

    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public bool IsActive { get; private set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Wants one e-mail a day listing the unread notifications (the notification centre's setting).</summary>
    public bool DailyDigest { get; set; }

    /// <summary>Disables sign-in for good (until enabled again); existing sessions end at the next security-stamp check.</summary>
    public void Disable()
    {
        IsActive = false;
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
    }

    public void Enable()
    {
        IsActive = true;
        LockoutEnd = null;
        AccessFailedCount = 0;
    }
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string NoiVu = "NoiVu";
    public const string CouncilMember = "CouncilMember";
    public const string UnitHead = "UnitHead";
    public const string UnitStaff = "UnitStaff";
    public const string Observer = "Observer";

    public static readonly IReadOnlyList<string> All = [Admin, NoiVu, CouncilMember, UnitHead, UnitStaff, Observer];

    /// <summary>Roles whose users belong to one unit and see only that unit's data.</summary>
    public static readonly IReadOnlyList<string> UnitScoped = [UnitHead, UnitStaff];

    public static string DisplayName(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        NoiVu => "Cán bộ Sở Nội vụ",
        CouncilMember => "Thành viên Hội đồng TĐKT tỉnh",
        UnitHead => "Thủ trưởng đơn vị",
        UnitStaff => "Cán bộ đơn vị",
        Observer => "Mặt trận, đoàn thể, báo chí",
        _ => role,
    };
}
