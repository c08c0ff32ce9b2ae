namespace Amparo.Server.Users;

/// <summary>A staff account as administrators see it: never its password, key or tokens.</summary>
public sealed record UserView(
    string UserName, string FullName, IReadOnlyList<string> Roles, Guid? JurisdictionId, Guid? InstitutionId,
    bool TwoFactorEnabled, DateTimeOffset? LockedUntil, int FailedAttempts);
