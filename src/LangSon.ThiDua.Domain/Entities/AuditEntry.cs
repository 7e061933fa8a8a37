namespace LangSon.ThiDua.Domain;

/// <summary>One recorded change or security event. Append-only: the app never updates or deletes one.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>Insert, Update, Delete, or a security event such as SignIn.</summary>
    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>JSON object: property → { "old": …, "new": … }.</summary>
    public string? Changes { get; set; }
}

public static class AuditActions
{
    public const string Insert = "Insert";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignOut = "SignOut";
    public const string Export = "Export";
    public const string Import = "Import";
    public const string AccessDenied = "AccessDenied";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string TwoFactorRecoveryCodesRenewed = "TwoFactorRecoveryCodesRenewed";
    public const string Backup = "Backup";
    public const string Restore = "Restore";
    public const string SessionsEnded = "SessionsEnded";
    public const string SignInThrottled = "SignInThrottled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string EmailRetried = "EmailRetried";
    public const string EmailDiscarded = "EmailDiscarded";

    public static string DisplayName(string action) => action switch
    {
        Insert => "Thêm mới",
        Update => "Sửa",
        Delete => "Xóa",
        SignIn => "Đăng nhập",
        SignInFailed => "Đăng nhập thất bại",
        SignOut => "Đăng xuất",
        Export => "Xuất dữ liệu",
        Import => "Nhập dữ liệu",
        AccessDenied => "Bị từ chối truy cập",
        TwoFactorEnabled => "Bật xác thực hai lớp",
        TwoFactorDisabled => "Tắt xác thực hai lớp",
        TwoFactorRecoveryCodesRenewed => "Tạo mới mã khôi phục",
        Backup => "Sao lưu",
        Restore => "Khôi phục dữ liệu",
        SessionsEnded => "Kết thúc phiên đăng nhập",
        SignInThrottled => "Tạm chặn đăng nhập",
        TwoFactorReset => "Đặt lại xác thực hai lớp",
        EmailRetried => "Gửi lại e-mail",
        EmailDiscarded => "Bỏ e-mail gửi lỗi",
        _ => action,
    };
}
