using Amparo.Data.Protocols;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Protocols;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>The centre's response protocols and who may edit them.</summary>
    public static IServiceCollection AddAmparoProtocols(this IServiceCollection services)
    {
        services.TryAddSingleton<ProtocolStore>();
        services.TryAddScoped<ProtocolCommands>();
        services.AddAuthorizationBuilder().AddPolicy(ProtocolPolicies.Editor, p => p.RequireRole(ProtocolPolicies.EditorRoles));
        return services;
    }
}
