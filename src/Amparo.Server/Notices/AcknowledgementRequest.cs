namespace Amparo.Server.Notices;

/// <summary>The recipient's acknowledgement: who received it (a name, as signed), her position there, when (now if not said), a note.</summary>
public sealed record AcknowledgementRequest(string? AcknowledgedBy, string? Role = null, DateTime? At = null, string? Note = null);
