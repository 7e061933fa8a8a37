using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using FluentValidation.AspNetCore;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace LangSon.ThiDua.Web.Infrastructure;

internal static class PortalSetup
{
    public static readonly CultureInfo Culture = Domain.Text.Vietnamese.Culture;

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var portal = PortalOptions.From(builder.Configuration, builder.Environment);
        var services = builder.Services;
        builder.AddStaticAssets();
        services.AddSingleton(portal);
        var security = SecurityOptions.From(builder.Configuration, builder.Environment);
        services.AddSingleton(security);
        services.AddPortalRequestLimits(builder.WebHost, security);
        services.AddSignInThrottle(security.SignIn);
        services.AddSingleton(UploadOptions.From(builder.Configuration));
        services.AddSingleton(TimeProvider.System);

        builder.AddObservability(portal);

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        services.AddPortalDatabase(builder.Configuration, portal);
        services.AddDataProtection().SetApplicationName("LangSon.ThiDua").PersistKeysToDbContext<AppDbContext>();

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                // Counts wrong two-factor codes (the password was right): wrong passwords are held back per address
                // by SignInThrottle instead, so that nobody can lock an account out from elsewhere.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789._-@";
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddServerSideSessions();
        services.AddTwoFactorRequirement(builder.Configuration, portal);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Error/403";
            options.Cookie.Name = "LangSon.ThiDua";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                // A wrong role gets a real 403, rendered as the Vietnamese error page, and the refusal is audited.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await AuditLog.RecordDenialAsync(context.HttpContext);
            };
        });

        services.AddAuthorization(Policies.Configure);
        services.AddSingleton<IAuthorizationHandler, UnitAccessHandler>();
        services.AddSingleton<IAuthorizationHandler, DossierReadHandler>();
        services.AddSingleton<IAuthorizationHandler, EmulationGroupHandler>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoDocuments>();
        services.AddScoped<DemoCalendar>();
        services.AddScoped<DemoPlanSeeder>();
        services.AddScoped<DemoNominationSeeder>();
        services.AddPlanDocuments();
        services.AddVerification();
        services.AddEvidence();
        services.AddEmail(builder.Configuration);
        services.AddReminders(builder.Configuration);
        services.AddNotificationCentre(builder.Configuration);
        services.AddDashboard();
        services.AddReports();
        services.AddDocuments(builder.Configuration);
        services.AddBallots();

        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<DomainExceptionFilter>();
                options.Filters.Add<OneConnectionPerRequest>();
                options.ModelBindingMessageProvider.UseVietnamese();
                options.ModelBinderProviders.Insert(0, new VietnameseDateBinderProvider());
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()))
            // Validation runs on the server (FluentValidation, Vietnamese): no data-val-* attributes with default
            // English texts.
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddFluentValidationAutoValidation(o => o.DisableDataAnnotationsValidation = true);
        // A validator made by hand with values (a child validator taking its examples as strings) is not a service:
        // registered, it would stop the start-up where the container is validated (Development).
        services.AddValidatorsFromAssemblyContaining<PortalOptions>(
            ServiceLifetime.Singleton,
            filter: found => found.ValidatorType.GetConstructors().All(c => c.GetParameters().All(p =>
                !p.ParameterType.IsPrimitive && p.ParameterType != typeof(string))),
            includeInternalTypes: true);
        ValidatorOptions.Global.LanguageManager.Culture = Culture;

        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseCorrelation();
        app.UseRequestCosts(); // Diagnostics:RequestCosts only (docs/performance.md)
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error/500");
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseCookiePolicy();

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Culture),
            SupportedCultures = [Culture],
            SupportedUICultures = [Culture],
        });
        app.UseRouting(); // static files end here (StaticAssets): no log line, no authentication
        app.UsePortalRequestLogging();
        app.UseRequestLimits();
        app.UseRateLimiter(); // the sign-in posts' limit per address (SignInThrottle.RequestPolicy)
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTwoFactorRequirement(); // before the output cache: a cached page must not bypass it
        app.UseOutputCache(); // after authorization: access is checked before a cached page is served

        app.MapPortalHealth();
        app.MapPortalStaticAssets();
        // Every controller's views (attribute routes too) link to the fingerprinted static files (asp-append-version).
        app.MapControllers().WithStaticAssets();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }
}
