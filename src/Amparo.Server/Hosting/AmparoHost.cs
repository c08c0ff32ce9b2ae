using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using Amparo.Data;
using Amparo.Data.Database;
using Amparo.Data.Positions;
using Amparo.Ingest;
using Amparo.Ingest.Intake;
using Amparo.Ingest.OsmAnd;
using Amparo.Ingest.Tcp;
using Amparo.Ingest.Udp;
using Amparo.Monitoring;
using Amparo.Monitoring.Feed;
using Amparo.Server.AlarmResponse;
using Amparo.Server.Alarms;
using Amparo.Server.App;
using Amparo.Server.AppShell;
using Amparo.Server.Audit;
using Amparo.Server.Auth;
using Amparo.Server.CasePeople;
using Amparo.Server.Cases;
using Amparo.Server.Cluster;
using Amparo.Server.Citizens;
using Amparo.Server.Console;
using Amparo.Server.Console.Components;
using Amparo.Server.CourtOrders;
using Amparo.Server.Contacts;
using Amparo.Server.Demo;
using Amparo.Server.Dispatch;
using Amparo.Server.FieldDevices;
using Amparo.Server.FollowUps;
using Amparo.Server.Health;
using Amparo.Server.Intake;
using Amparo.Server.Integrity;
using Amparo.Server.Live;
using Amparo.Server.Notices;
using Amparo.Server.Protocols;
using Amparo.Server.Registries;
using Amparo.Server.Retention;
using Amparo.Server.Risk;
using Amparo.Server.Security;
using Amparo.Server.Setup;
using Amparo.Server.Shifts;
using Amparo.Server.Statistics;
using Amparo.Server.Supervision;
using Amparo.Server.Users;
using Amparo.Server.ViolenceMap;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using OpenTelemetry.Metrics;
using Scalar.AspNetCore;

namespace Amparo.Server.Hosting;

/// <summary>Composes Amparo: data, engine (Orleans silo), device listeners, API, hub and console in one host.</summary>
public static class AmparoHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = NormaliseArgs(args), ApplicationName = typeof(AmparoHost).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseStaticWebAssets();
        // The demo is for watching, on one machine: its staff sign in with a password alone unless told otherwise.
        if (builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled") && builder.Configuration[$"{SecurityOptions.Section}:RequireTwoFactor"] is null)
        {
            builder.Configuration[$"{SecurityOptions.Section}:RequireTwoFactor"] = "false";
        }

        var services = builder.Services;
        services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).Validate(o => o.TryTimeZone() is not null, "Unknown time zone").ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddAmparoData();
        services.AddAmparoIngest();
        services.AddAmparoMonitoring();
        services.AddAmparoAuth();
        services.AddAmparoKeyRing(builder.Configuration);
        services.AddAmparoUsers();
        services.AddAmparoHealth();
        services.AddAmparoSupervision();
        services.AddAmparoShifts();
        services.AddAmparoProtocols();
        services.AddAmparoCases();
        services.AddAmparoRisk();
        services.AddAmparoIntake();
        services.AddAmparoCourtOrders();
        services.AddAmparoFollowUps();
        services.AddAmparoContacts();
        services.AddAmparoAlarmResponse();
        services.AddAmparoDispatch();
        services.AddAmparoFieldDevices();
        services.AddAmparoNotices();
        services.AddAmparoRegistries();
        services.AddAmparoApp();
        services.AddAmparoCitizens();
        services.AddAmparoIntegrity();
        services.AddHostedService<RetentionSchedule>();
        services.AddAmparoStatistics();
        services.AddAmparoViolenceMap();
        services.AddSingleton<LiveDelivery>();
        services.AddSingleton<LiveRelays>();
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<IMonitoringFeed>(sp => sp.GetRequiredService<LiveFeed>());
        services.AddSingleton<AlarmCommands>();
        services.AddSingleton<AlarmDetails>();
        services.AddSingleton<VictimLocationAudit>();
        services.AddSingleton<AuditQueries>();
        services.AddHttpContextAccessor();
        services.AddScoped<ConsoleSession>();
        services.AddSingleton<ConsoleClock>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<UserProvisioner>();
        services.AddScoped<DemoSeeder>();
        services.AddHttpClient();
        // Enums travel as their names: "Acknowledged", not 2.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A field the API does not know is an error, not silence: "nota" for "note" must not drop the note.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddLocalization();
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddMeter(IngestMetrics.MeterName, PositionWriterMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        if (builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled")
            && builder.Configuration.GetValue($"{DemoOptions.Section}:Simulate", true))
        {
            services.AddHostedService<DemoSimulator>();
        }

        builder.AddAmparoOrleans();
        ConfigureKestrel(builder);
        services.AddDeviceUdpListeners(ListenAddress(builder), builder.Configuration);
        return Compose(builder.Build());
    }

    /// <summary>Migrates the database and seeds roles (and the demo) before the host starts listening.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
        if (app.Configuration.GetValue<bool>($"{DemoOptions.Section}:Enabled"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    private static WebApplication Compose(WebApplication app)
    {
        app.UseOsmAndListener();
        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestBodyLimits>();
        app.UseStatusCodePages();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(ConsoleEndpoints.Cultures[0])
                .AddSupportedCultures(ConsoleEndpoints.Cultures)
                .AddSupportedUICultures(ConsoleEndpoints.Cultures);
            // Spanish unless the user chose otherwise: the browser's language does not decide.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "leaflet")),
            RequestPath = "/lib/leaflet",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: the app's limits are per installation, known once its token is read.
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs");
        // Everything below answers to the access matrix: a role it does not list, or an endpoint it does not name, is refused.
        var guarded = app.MapGroup(string.Empty).RequireAuthorization(AmparoPolicies.Access).AddEndpointFilter<VictimDataAuditFilter>();
        guarded.MapAmparoHealth();
        guarded.MapPrometheusScrapingEndpoint("/metrics");
        guarded.MapAuthEndpoints();
        guarded.MapUserEndpoints();
        guarded.MapAlarmEndpoints();
        guarded.MapAlarmResponseEndpoints();
        guarded.MapProtocolEndpoints();
        guarded.MapContactEndpoints();
        guarded.MapCaseEndpoints();
        guarded.MapRiskEndpoints();
        guarded.MapIntakeEndpoints();
        guarded.MapCasePeopleEndpoints();
        guarded.MapCourtOrderEndpoints();
        guarded.MapFollowUpEndpoints();
        guarded.MapAuditEndpoints();
        guarded.MapSupervisionEndpoints();
        guarded.MapDispatchEndpoints();
        guarded.MapFieldDevicesEndpoints();
        guarded.MapNoticeEndpoints();
        guarded.MapRegistryEndpoints();
        guarded.MapStatisticsEndpoints();
        guarded.MapViolenceMapEndpoints();
        guarded.MapAppEndpoints();
        guarded.MapCitizenEndpoints();
        guarded.MapConsoleEndpoints();
        guarded.MapAppShell();
        guarded.MapHub<MonitoringHub>(MonitoringHub.Path);
        app.MapRazorComponents<Console.App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static void ConfigureKestrel(WebApplicationBuilder builder)
    {
        var http = builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        var osmAnd = builder.Configuration.GetSection(OsmAndOptions.Section).Get<OsmAndOptions>() ?? new OsmAndOptions();
        var address = ListenAddress(builder);
        var certificate = ServerCertificate.Load(http);
        var tlsDevices = builder.Configuration.GetSection("Amparo:Listeners:Tcp:Tls").Get<string[]>() ?? [];
        if (certificate is null && tlsDevices.Length > 0)
        {
            throw new InvalidOperationException("Amparo:Listeners:Tcp:Tls names device ports but Amparo:Http:CertificatePath gives no certificate.");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, http.Port, listen => Secure(listen, certificate));
            if (osmAnd.Port != 0)
            {
                kestrel.Listen(address, osmAnd.Port, listen => Secure(listen, certificate));
            }

            kestrel.ListenForDevices(address, builder.Configuration, (listen, protocol) =>
                Secure(listen, tlsDevices.Contains(protocol, StringComparer.OrdinalIgnoreCase) ? certificate : null));
        });
    }

    private static void Secure(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen, X509Certificate2? certificate)
    {
        if (certificate is not null)
        {
            listen.UseHttps(certificate);
        }
    }

    /// <summary>Where every listener binds, TCP and UDP: <c>Amparo:Http:Address</c>.</summary>
    private static IPAddress ListenAddress(WebApplicationBuilder builder) =>
        IPAddress.Parse((builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions()).Address);

    /// <summary><c>--demo</c> alone turns the demo on.</summary>
    private static string[] NormaliseArgs(string[] args) =>
        args.Select(a => a == "--demo" ? $"--{DemoOptions.Section}:Enabled=true" : a).ToArray();
}
