using System.Security.Claims;
using Amparo.Data.Audit;
using Amparo.Data.Identity;

namespace Amparo.Server.Security;

/// <summary>Who receives what of a victim through an endpoint or a page, who must say why, and the audit row it leaves.</summary>
public static class VictimDataReceivers
{
    /// <summary>The longest reason kept in the audit.</summary>
    public const int ReasonLimit = 500;

    /// <summary>Whether the caller is among those the rule's victim data reaches (the others get it redacted).</summary>
    public static bool Receives(ClaimsPrincipal user, AccessRule rule) =>
        (rule.Exposure.HasFlag(VictimExposure.Identity) && AmparoRoles.VictimDataReaders.Any(user.IsInRole))
        || (rule.Exposure.HasFlag(VictimExposure.Location) && AmparoRoles.VictimLocationReaders.Any(user.IsInRole));

    /// <summary>
    /// Those outside the monitoring centre who would receive her identity (the court, the prosecutor, the gender areas,
    /// the technicians) say why they read it; the centre, whose work is to watch over her, does not.
    /// </summary>
    public static bool MustSayWhy(ClaimsPrincipal user, AccessRule rule) =>
        !AmparoRoles.AlarmHandlers.Any(user.IsInRole) && Receives(user, rule);

    /// <summary>The row that says who was answered what of a victim, from where and why.</summary>
    public static AuditEntry Answered(string userName, AccessRule rule, Guid? caseId, string? remoteAddress, string what, string? reason) =>
        new(userName, AuditActions.VictimDataAnswered, rule.Exposure == VictimExposure.Location ? "victim_position" : "victim_data",
            rule.Key, caseId, remoteAddress,
            string.IsNullOrWhiteSpace(reason) ? what : $"{what} | motivo: {reason.Trim()[..Math.Min(reason.Trim().Length, ReasonLimit)]}");
}
