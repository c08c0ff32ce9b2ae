namespace Amparo.Server.Citizens;

/// <summary>A code is on its way to the phone (or, without a gateway, kept in the outbox).</summary>
public sealed record VerificationStarted(string Phone, DateTime ExpiresAt, bool SmsSent);
