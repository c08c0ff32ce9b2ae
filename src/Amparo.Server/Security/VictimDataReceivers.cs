using System.Security.Claims;
using System.Text.RegularExpressions;
using Amparo.Data.Audit;
using Amparo.Data.Identity;

namespace Amparo.Server.Security;

/// <summary>Who receives what of a victim through an endpoint or a page, who must say why, and the audit row it leaves.</summary>
public static partial class VictimDataReceivers
{
    /// <summary>The longest reason kept in the audit.</summary>
    public const int ReasonLimit = 500;

    /// <summary>The shortest text taken as a reason ("x" is not one), in the console and the API alike.</summary>
    public const int ShortestReason = 5;

    /// <summary>The query parameter carrying the reason on a link (the console's links to her documents, a registry's download).</summary>
    public const string ReasonParameter = "motivo";

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

    /// <summary>A reason as the audit keeps it: one line, at most <see cref="ReasonLimit"/> characters.</summary>
    public static string Clean(string? reason)
    {
        var line = Whitespace().Replace(reason ?? string.Empty, " ").Trim();
        return line[..Math.Min(line.Length, ReasonLimit)];
    }

    /// <summary>A link to her data carrying the reason given for the page it is on, when one was.</summary>
    public static string Link(string href, string? reason) =>
        string.IsNullOrEmpty(reason) ? href : $"{href}{(href.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{ReasonParameter}={Uri.EscapeDataString(reason)}";

    /// <summary>The row that says who was answered what of a victim, from where and why.</summary>
    public static AuditEntry Answered(string userName, AccessRule rule, Guid? caseId, string? remoteAddress, string what, string? reason)
    {
        var why = Clean(reason);
        return new(userName, AuditActions.VictimDataAnswered, rule.Exposure == VictimExposure.Location ? "victim_position" : "victim_data",
            rule.Key, caseId, remoteAddress, why.Length == 0 ? what : $"{what} | motivo: {why}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
