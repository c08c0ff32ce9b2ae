using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices;

/// <summary>The Spanish words of the stock and the acts, for the refusals the API gives.</summary>
public static class FieldWords
{
    public static string Of(StockStatus status) => status switch
    {
        StockStatus.InStore => "en depósito",
        StockStatus.Assigned => "reservado para un caso",
        StockStatus.Installed => "instalado",
        StockStatus.InRepair => "en reparación",
        StockStatus.Lost => "perdido",
        StockStatus.Retired => "dado de baja",
    };

    public static string Of(DeviceKind kind) => kind switch
    {
        DeviceKind.AggressorTracker => "rastreador del agresor",
        DeviceKind.Bracelet => "tobillera",
        DeviceKind.VictimTracker => "rastreador de la víctima",
        DeviceKind.Phone => "teléfono",
    };

    public static string Of(PartyRole role) => role switch
    {
        PartyRole.Aggressor => "el agresor",
        PartyRole.Victim => "la víctima",
    };

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Ordered => "ordenado, sin activar",
        CaseStatus.Active => "activo",
        CaseStatus.Suspended => "suspendido",
        CaseStatus.Closed => "cerrado",
    };

    public static string Of(DeviceCondition condition) => condition switch
    {
        DeviceCondition.Good => "en buen estado",
        DeviceCondition.Faulty => "con falla técnica",
        DeviceCondition.Damaged => "dañado",
        DeviceCondition.Destroyed => "destruido",
        DeviceCondition.NotReturned => "no devuelto",
    };
}
