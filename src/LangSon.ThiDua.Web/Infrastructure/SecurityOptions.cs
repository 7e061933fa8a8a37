namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Settings of section "Security": cookies, request size, sign-in limits and two-factor sign-in.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Every cookie carries the Secure flag, so a browser sends it over HTTPS only. Default: on in Production (TLS ends at
    /// nginx or IIS), off in Development and Testing (plain http://localhost). Turn off only for a local load test over http.
    /// </summary>
    public bool SecureCookies { get; set; }

    /// <summary>Largest request body (a form without files), in kilobytes. Uploads have their own limit (section Uploads).</summary>
    public int MaxRequestBodyKilobytes { get; set; } = 1024;

    /// <summary>Largest number of fields in one posted form.</summary>
    public int MaxFormFields { get; set; } = 2048;

    /// <summary>Section "Security:SignIn": failed sign-ins tolerated, and sign-in posts per address and
    /// minute.</summary>
    public SignInLimits SignIn { get; set; } = new();

    public static SecurityOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new SecurityOptions
        {
            SecureCookies = !environment.IsDevelopment() && !environment.IsEnvironment("Testing"),
        };
        configuration.GetSection(Section).Bind(options);
        return options;
    }
}
