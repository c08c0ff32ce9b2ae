namespace Amparo.Server.Dispatch;

/// <summary>The 911 centre's status report on a request it received, by the CAP identifier.</summary>
public sealed record DispatchCallback(string? Identifier, string? Status, string? ExternalReference, string? Note);
