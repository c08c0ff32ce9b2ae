using Microsoft.AspNetCore.Authorization;

namespace Amparo.Server.Security;

/// <summary>The endpoint, page or hub method must be in the <see cref="AccessMatrix"/> and the caller allowed by its rule.</summary>
public sealed class AccessRequirement : IAuthorizationRequirement;
