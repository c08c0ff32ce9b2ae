namespace Amparo.Server.Notices;

/// <summary>How a notice was delivered: the channel (Hand, Email, System, Post), who delivered it, when (now if not said), a note.</summary>
public sealed record DeliveryRequest(string? Channel, string? DeliveredBy = null, DateTime? At = null, string? Note = null);
