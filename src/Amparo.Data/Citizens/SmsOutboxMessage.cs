namespace Amparo.Data.Citizens;

/// <summary>An SMS that was NOT sent because no gateway is configured: kept so an administrator can see it (a demo).</summary>
public sealed class SmsOutboxMessage
{
    public Guid Id { get; set; }

    public required string To { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedAt { get; set; }
}
