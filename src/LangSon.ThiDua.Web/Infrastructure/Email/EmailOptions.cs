namespace LangSon.ThiDua.Web.Infrastructure.Email;

public enum EmailMode
{
    /// <summary>Each message is written as an .eml file into <see cref="EmailOptions.PickupDirectory"/>.</summary>
    Pickup = 0,

    /// <summary>Messages go to the SMTP server of <see cref="EmailOptions.Smtp"/>.</summary>
    Smtp = 1,
}

/// <summary>
/// Settings section "Email". Mode defaults to Pickup in the Development and Testing environments, Smtp elsewhere;
/// PickupDirectory defaults to &lt;DataDirectory&gt;/mail-pickup (a relative path is taken under DataDirectory).
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public const string DefaultFrom = "Sở Nội vụ Lạng Sơn <thiduakhenthuong@langson.gov.vn>";

    public EmailMode? Mode { get; set; }

    /// <summary>The sender, "Name &lt;address&gt;".</summary>
    public string From { get; set; } = DefaultFrom;

    public string? PickupDirectory { get; set; }

    /// <summary>The portal's public address used in the links of e-mails (e.g. https://thidua.langson.gov.vn); by default the address of the request.</summary>
    public string? PortalUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS after connecting (required when true). When false: TLS from the start on port 465, plain otherwise.</summary>
    public bool UseStartTls { get; set; } = true;

    /// <summary>Sign in to the server only when set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}
