using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Institutions;
using Amparo.Data.Integrity;
using Amparo.Data.Portability;
using Amparo.Data.Positions;
using Amparo.Data.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Amparo.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database (SQLite or PostgreSQL by <c>Amparo:Database</c>), the position writer, the keeper of PostgreSQL's position partitions and the stores.</summary>
    public static IServiceCollection AddAmparoData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PositionWriterOptions>().BindConfiguration(PositionWriterOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PositionPartitionOptions>().BindConfiguration(PositionPartitionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AmparoDbContextFactory>();
        services.TryAddSingleton<IDbContextFactory<AmparoDbContext>>(sp => sp.GetRequiredService<AmparoDbContextFactory>());
        services.TryAddScoped(sp => sp.GetRequiredService<AmparoDbContextFactory>().CreateDbContext());
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<ClusterPassLock>();
        services.TryAddSingleton(sp =>
            NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.TryAddSingleton<IPositionBatchInserter>(sp =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return database.Provider == DatabaseProvider.Postgres
                ? new PostgresPositionBatchInserter(sp.GetRequiredService<NpgsqlDataSource>())
                : new SqlitePositionBatchInserter(database.ConnectionString);
        });
        services.TryAddSingleton<PositionWriter>();
        services.TryAddSingleton<IPositionWriter>(sp => sp.GetRequiredService<PositionWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<PositionWriter>());
        services.TryAddSingleton(sp => new PositionPartitionMaintenance(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddHostedService<PositionPartitionKeeper>();
        services.TryAddSingleton<DeviceDirectory>();
        services.TryAddSingleton<UnknownDeviceLog>();
        services.TryAddSingleton<DeviceEventLog>();
        services.TryAddSingleton<AlarmStore>();
        services.TryAddSingleton<AlarmRecorder>();
        services.TryAddSingleton<AlarmQueries>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<LedgerSealer>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.CheckEvery > TimeSpan.Zero, "Amparo:Retention:CheckEvery must be positive")
            .Validate(o => o.Jurisdictions.Values.Append(o.Default).All(r => r.TracksYears is null or >= 0 && r.PersonalDataYears is null or >= 0), "Retention years cannot be negative");
        services.TryAddSingleton<RetentionPass>();
        services.TryAddSingleton<LedgerVerifier>();
        services.TryAddSingleton<DataExporter>();
        services.TryAddSingleton<DataImporter>();
        services.TryAddSingleton<JurisdictionScope>();
        return services;
    }
}
