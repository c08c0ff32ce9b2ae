using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Protocols;

/// <summary>The centre's protocols: its own for the types it edited, the defaults for the rest.</summary>
public sealed class ProtocolStore(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<EffectiveProtocol>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var stored = await db.Protocols.AsNoTracking().ToDictionaryAsync(p => p.Type, cancellationToken);
        return Enum.GetValues<AlarmType>()
            .Select(type => stored.TryGetValue(type, out var own) ? FromStored(own) : new EffectiveProtocol(DefaultProtocols.For(type), false))
            .ToList();
    }

    public async Task<EffectiveProtocol> GetAsync(AlarmType type, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var own = await db.Protocols.AsNoTracking().FirstOrDefaultAsync(p => p.Type == type, cancellationToken);
        return own is null ? new EffectiveProtocol(DefaultProtocols.For(type), false) : FromStored(own);
    }

    /// <summary>Stores the centre's protocol for its type, replacing any earlier one. The caller validated it.</summary>
    public async Task SaveAsync(ResponseProtocol protocol, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        await using var db = contexts.CreateDbContext();
        var own = await db.Protocols.FirstOrDefaultAsync(p => p.Type == protocol.Type, cancellationToken);
        if (own is null)
        {
            own = new ProtocolDefinition { Id = Guid.CreateVersion7(), Type = protocol.Type, StepsJson = "", UpdatedBy = userName };
            db.Protocols.Add(own);
        }

        own.StepsJson = ProtocolStepsJson.Serialize(protocol.Steps);
        own.UpdatedAt = time.GetUtcNow().UtcDateTime;
        own.UpdatedBy = userName;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Drops the centre's protocol for a type, so the default applies again; false when there was none.</summary>
    public async Task<bool> RevertAsync(AlarmType type, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Protocols.Where(p => p.Type == type).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static EffectiveProtocol FromStored(ProtocolDefinition own) =>
        new(new ResponseProtocol(own.Type, ProtocolStepsJson.Deserialize(own.StepsJson)), true);
}
