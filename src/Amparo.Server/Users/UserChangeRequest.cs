namespace Amparo.Server.Users;

/// <summary>What an administrator changes of an account: her name, her role, her jurisdiction or institution.</summary>
public sealed record UserChangeRequest(string? FullName, string? Role, Guid? JurisdictionId, Guid? InstitutionId);
