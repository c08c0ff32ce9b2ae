using Microsoft.AspNetCore.Components.Endpoints;

namespace Amparo.Server.Security;

/// <summary>How an endpoint, a console page or a hub method is named in the <see cref="AccessMatrix"/>.</summary>
public static class AccessKeys
{
    /// <summary>Endpoints that answer any method (hubs, the console's circuit) are named with <c>*</c>.</summary>
    public const string AnyMethod = "*";

    /// <summary>The keys of one endpoint: one per method it answers (HEAD goes with GET), or the page's.</summary>
    public static IReadOnlyList<string> Of(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            return [AccessMatrix.PageKey(pattern)];
        }

        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Where(m => m != HttpMethods.Head).ToList();
        return methods is { Count: > 0 }
            ? methods.Select(m => AccessMatrix.EndpointKey(m, pattern)).ToList()
            : [AccessMatrix.EndpointKey(AnyMethod, pattern)];
    }

    /// <summary>The rule for a request to its endpoint, or null if the endpoint is not in the matrix.</summary>
    public static AccessRule? RuleFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint() is not RouteEndpoint endpoint)
        {
            return null;
        }

        var pattern = endpoint.RoutePattern.RawText ?? string.Empty;
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            return AccessMatrix.Find(AccessMatrix.PageKey(pattern));
        }

        var method = HttpMethods.IsHead(context.Request.Method) ? HttpMethods.Get : context.Request.Method;
        return AccessMatrix.Find(AccessMatrix.EndpointKey(method, pattern)) ?? AccessMatrix.Find(AccessMatrix.EndpointKey(AnyMethod, pattern));
    }
}
