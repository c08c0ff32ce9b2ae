namespace Amparo.Server.Citizens;

/// <summary>What became of an SMS: the gateway took it, it was only kept in the outbox (no gateway), or it failed.</summary>
public enum SmsResult
{
    Sent,
    KeptNotSent,
    Failed,
}
