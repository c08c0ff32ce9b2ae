using Amparo.Server.FieldDevices.Acts;
using Amparo.Server.FieldDevices.Files;
using Amparo.Server.FieldDevices.Stock;

namespace Amparo.Server.FieldDevices;

public static class FieldDevicesEndpoints
{
    /// <summary>/api/stock, the acts under /api/cases/{id} and /api/acts, /api/charges, /api/files.</summary>
    public static IEndpointRouteBuilder MapFieldDevicesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapStockEndpoints();
        endpoints.MapActEndpoints();
        endpoints.MapFileEndpoints();
        return endpoints;
    }
}
