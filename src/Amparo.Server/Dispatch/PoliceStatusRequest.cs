namespace Amparo.Server.Dispatch;

/// <summary>A status an operator records (the 911 centre told her by phone, or she cancels).</summary>
public sealed record PoliceStatusRequest(string? Status, string? Note, string? ExternalReference);
