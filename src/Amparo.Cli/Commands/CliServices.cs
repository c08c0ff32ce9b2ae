using Amparo.Data;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Console.Components;
using Amparo.Server.Hosting;
using Amparo.Server.Statistics;
using Amparo.Server.Supervision;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amparo.Cli.Commands;

/// <summary>The services a command needs: the same database configuration and Identity stores as the server.</summary>
public static class CliServices
{
    public static ServiceProvider Build(string? provider, string? connectionString)
    {
        var settings = new Dictionary<string, string?>();
        if (provider is not null)
        {
            settings[$"{DatabaseOptions.Section}:Provider"] = provider;
        }

        if (connectionString is not null)
        {
            settings[$"{DatabaseOptions.Section}:ConnectionString"] = connectionString;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddAmparoData();
        // What `amparo verify` needs to recompute a periodic report's facts: the centre's calendar and the facts' reader.
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section);
        services.AddSingleton<ConsoleClock>();
        services.AddSingleton<SupervisionQueries>();
        services.AddSingleton<ProgrammeFactsReader>();
        services.AddIdentityCore<AmparoUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AmparoDbContext>();
        return services.BuildServiceProvider();
    }
}
