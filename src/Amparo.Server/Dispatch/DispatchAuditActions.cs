namespace Amparo.Server.Dispatch;

public static class DispatchAuditActions
{
    public const string Created = "police_request.created";
    public const string StatusChanged = "police_request.status";
    public const string UnitReported = "police_unit.reported";
}
