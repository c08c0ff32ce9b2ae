using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>
/// Without an SMS gateway nothing leaves the server: the message is kept in the SMS outbox, which only an
/// administrator sees, and the log says plainly it was NOT sent.
/// </summary>
public sealed partial class OutboxSmsSender(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time, ILogger<OutboxSmsSender> logger) : ISmsSender
{
    public async Task<SmsResult> SendAsync(string to, string text, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SmsOutbox.Add(new SmsOutboxMessage { Id = Guid.CreateVersion7(), To = to, Text = text, CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        var masked = HttpSmsSender.Masked(to);
        LogNotSent(masked);
        return SmsResult.KeptNotSent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS to {To} NOT SENT: no gateway is configured (Amparo:Sms:GatewayUrl); kept in the SMS outbox")]
    private partial void LogNotSent(string to);
}
