namespace Amparo.Server.Users;

/// <summary>A new staff account: one role, her jurisdiction (none only for a national administrator), a first password.</summary>
public sealed record NewUserRequest(string? UserName, string? FullName, string? Role, Guid? JurisdictionId, Guid? InstitutionId, string? Password);
