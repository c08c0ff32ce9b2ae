using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Amparo.Server.Risk;

public static class RiskServiceCollectionExtensions
{
    /// <summary>Risk instruments (the shipped ones read now, at start-up), assessments and who may do what with them.</summary>
    public static IServiceCollection AddAmparoRisk(this IServiceCollection services)
    {
        services.TryAddSingleton(ShippedRiskInstruments.Load());
        services.TryAddSingleton<RiskCatalog>();
        services.TryAddScoped<RiskAssessmentCommands>();
        services.TryAddSingleton<RiskAssessmentQueries>();
        services.TryAddSingleton<RiskReader>();
        services.AddAuthorizationBuilder()
            .AddPolicy(RiskPolicies.InstrumentEditor, p => p.RequireRole(RiskPolicies.InstrumentEditorRoles))
            .AddPolicy(RiskPolicies.Assessor, p => p.RequireRole(RiskPolicies.AssessorRoles))
            .AddPolicy(RiskPolicies.Reader, p => p.RequireRole(RiskPolicies.ReaderRoles));
        return services;
    }
}
