using Microsoft.AspNetCore.Authorization;

namespace Amparo.Server.Security;

/// <summary>
/// The endpoint, page or hub method must be in the <see cref="AccessMatrix"/> and the caller allowed by its rule. A
/// console page's policy carries its rule: the router, which names no request, checks its roles; a request for the
/// page is also held to the jurisdiction of the record its route names.
/// </summary>
public sealed class AccessRequirement(AccessRule? page = null) : IAuthorizationRequirement
{
    public AccessRule? Page { get; } = page;
}
