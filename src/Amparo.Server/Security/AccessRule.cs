namespace Amparo.Server.Security;

/// <summary>
/// One line of the authorization matrix: an endpoint (<c>"GET /api/cases/{id:guid}"</c>, a console page
/// <c>"PAGE /casos"</c> or a hub method <c>"HUB MonitoringHub.OpenAlarms"</c>), who may call it, how it is bound to
/// jurisdictions and what of a victim it carries.
/// </summary>
public sealed record AccessRule(string Key, AccessCaller Caller, IReadOnlyList<string> Roles, AccessScope Scope, VictimExposure Exposure, string Why)
{
    /// <summary>The route value naming the record the scope is checked against.</summary>
    public string Parameter { get; init; } = "id";

    public bool Allows(Func<string, bool> isInRole) => Caller != AccessCaller.Staff || Roles.Any(isInRole);
}
