using System.Security.Claims;
using Amparo.Data.Audit;
using Amparo.Data.Protocols;
using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;
using Microsoft.AspNetCore.Authorization;

namespace Amparo.Server.Protocols;

/// <summary>
/// Changes the centre's protocols, from the API or the console alike: only for <see cref="ProtocolPolicies.Editor"/>,
/// validated by <see cref="ResponseProtocol.Problems"/>, stored and audited.
/// </summary>
public sealed class ProtocolCommands(ProtocolStore store, AuditLog audit, IAuthorizationService authorization)
{
    public async Task<ProtocolChange> SaveAsync(ResponseProtocol protocol, ClaimsPrincipal user, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (!await MayEditAsync(user))
        {
            return ProtocolChange.Forbidden;
        }

        if (protocol.Problems() is { Count: > 0 } problems)
        {
            return new ProtocolChange(ProtocolChangeOutcome.Invalid, null, problems);
        }

        var userName = UserName(user);
        await store.SaveAsync(protocol, userName, cancellationToken);
        await audit.RecordAsync(new AuditEntry(userName, AuditActions.ProtocolSaved, "protocol", AlarmTypeInfo.For(protocol.Type).Code, null, remoteAddress,
            string.Join(", ", protocol.Steps.Select(s => s.Code))), cancellationToken);
        return await InForceAsync(protocol.Type, cancellationToken);
    }

    /// <summary>Goes back to the default protocol of a type; audited only when the centre had its own.</summary>
    public async Task<ProtocolChange> RevertAsync(AlarmType type, ClaimsPrincipal user, string? remoteAddress, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(user))
        {
            return ProtocolChange.Forbidden;
        }

        if (await store.RevertAsync(type, cancellationToken))
        {
            await audit.RecordAsync(new AuditEntry(UserName(user), AuditActions.ProtocolReverted, "protocol", AlarmTypeInfo.For(type).Code, null, remoteAddress),
                cancellationToken);
        }

        return await InForceAsync(type, cancellationToken);
    }

    public async Task<bool> MayEditAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, ProtocolPolicies.Editor)).Succeeded;

    private async Task<ProtocolChange> InForceAsync(AlarmType type, CancellationToken cancellationToken) =>
        new(ProtocolChangeOutcome.Done, ProtocolView.From(await store.GetAsync(type, cancellationToken)), []);

    private static string UserName(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
