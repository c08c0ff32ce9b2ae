using Amparo.Data;
using Amparo.Data.Database;
using Amparo.Data.Identity;
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
        services.AddIdentityCore<AmparoUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AmparoDbContext>();
        return services.BuildServiceProvider();
    }
}
