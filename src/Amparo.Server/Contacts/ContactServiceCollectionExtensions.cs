using Amparo.Data.People;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Contacts;

public static class ContactServiceCollectionExtensions
{
    /// <summary>The parties' trusted contacts.</summary>
    public static IServiceCollection AddAmparoContacts(this IServiceCollection services)
    {
        services.TryAddSingleton<TrustedContactStore>();
        services.TryAddSingleton<ContactOwners>();
        services.TryAddSingleton<ContactCommands>();
        return services;
    }
}
