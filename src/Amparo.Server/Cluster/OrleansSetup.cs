using System.Net;
using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Monitoring.Engine;
using Amparo.Monitoring.Feed;
using Amparo.Server.Live;
using Orleans.Configuration;
using Orleans.Serialization;

namespace Amparo.Server.Cluster;

/// <summary>The host's Orleans silo: alone on this machine, or one of a cluster sharing the PostgreSQL database.</summary>
public static class OrleansSetup
{
    /// <summary>What the live relays carry between silos, serialised as JSON (they are the hub's JSON too).</summary>
    private static readonly HashSet<Type> LiveTypes = [typeof(AlarmView), typeof(PositionNotice), typeof(PoliceUnitNotice)];

    public static void AddAmparoOrleans(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OrleansOptions>().BindConfiguration(OrleansOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var orleans = builder.Configuration.GetSection(OrleansOptions.Section).Get<OrleansOptions>() ?? new OrleansOptions();
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var clustered = orleans.Clustering == OrleansClustering.Database;
        if (clustered && database.Provider != DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Amparo:Orleans:Clustering=Database needs Amparo:Database:Provider=Postgres: the silos meet in the database they share.");
        }

        builder.Services.Configure<CaseReminderOptions>(o =>
        {
            o.Enabled = clustered;
            o.Period = TimeSpan.FromSeconds(orleans.CaseReminderSeconds);
        });
        builder.Services.AddSerializer(s => s.AddJsonSerializer(isSupported: LiveTypes.Contains));
        builder.UseOrleans(silo =>
        {
            silo.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
            if (!clustered)
            {
                silo.UseLocalhostClustering(orleans.SiloPort, orleans.GatewayPort);
                return;
            }

            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });
            silo.Configure<ClusterMembershipOptions>(o => o.ProbeTimeout = TimeSpan.FromSeconds(orleans.ProbeTimeoutSeconds));
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(Math.Min(60, orleans.CaseReminderSeconds)));
            silo.ConfigureEndpoints(IPAddress.Parse(orleans.AdvertisedAddress), orleans.SiloPort, orleans.GatewayPort);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = database.ConnectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = database.ConnectionString;
            });
        });
    }
}
