using System.Diagnostics;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Context;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Logs, health, proxies and telemetry for running the portal behind a load balancer (issue 9). Settings:
/// Logs:Format (text | json), Logs:SlowRequestMilliseconds, ForwardedHeaders:KnownProxies / KnownNetworks,
/// Telemetry:OtlpEndpoint, Telemetry:ServiceName.
/// </summary>
internal static class Observability
{
    public const string CorrelationHeader = "X-Correlation-ID";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder, PortalOptions portal)
    {
        var configuration = builder.Configuration;
        var json = string.Equals(configuration["Logs:Format"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Host.UseSerilog((context, sp, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext();
            var file = Path.Combine(portal.DataDirectory, "logs", json ? "thidua-.json" : "thidua-.log");
            if (json)
            {
                logger.WriteTo.Console(new CompactJsonFormatter())
                    .WriteTo.File(new CompactJsonFormatter(), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
            }
            else
            {
                // The portal's one culture (vi-VN) renders the values of a line: a day as 04/12/2026, not 12/04/2026.
                const string template = "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {Message:lj}{NewLine}{Exception}";
                logger.WriteTo.Console(outputTemplate: template, formatProvider: Vietnamese.Culture)
                    .WriteTo.File(file, outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} " + template.Replace("{Timestamp:HH:mm:ss} ", string.Empty, StringComparison.Ordinal),
                        rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31,
                        formatProvider: Vietnamese.Culture);
            }
        }, preserveStaticLogger: true);

        var services = builder.Services;
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        var otlp = configuration["Telemetry:OtlpEndpoint"];
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            var endpoint = new Uri(otlp);
            services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "langson-thidua"))
                .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddOtlpExporter(o => o.Endpoint = endpoint))
                .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddOtlpExporter(o => o.Endpoint = endpoint));
        }

        return builder;
    }

    /// <summary>First in the pipeline: the proxy's view of the client, and a correlation id on every log line of the request.</summary>
    public static IApplicationBuilder UseCorrelation(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        return app.Use(async (context, next) =>
        {
            var given = context.Request.Headers[CorrelationHeader].ToString();
            var id = given.Length is > 0 and <= 64 && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                ? given
                : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
            context.TraceIdentifier = id;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[CorrelationHeader] = id;
                return Task.CompletedTask;
            });
            using (LogContext.PushProperty("CorrelationId", id))
            {
                await next(context);
            }
        });
    }

    /// <summary>One line per request; slow ones as warnings, failures as errors.</summary>
    public static IApplicationBuilder UsePortalRequestLogging(this WebApplication app)
    {
        var slow = app.Configuration.GetValue<int?>("Logs:SlowRequestMilliseconds") ?? 2000;
        return app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetService<Serilog.ILogger>();
            o.GetLevel = (http, elapsed, ex) =>
                ex is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : elapsed > slow ? LogEventLevel.Warning
                : LogEventLevel.Information;
            o.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("UserName", http.User.Identity?.Name ?? "-");
        });
    }

    /// <summary>/health/live: the process answers (no database); /health/ready and /health: the database answers too.</summary>
    public static void MapPortalHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
