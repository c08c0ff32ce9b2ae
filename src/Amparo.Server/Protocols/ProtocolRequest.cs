using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;

namespace Amparo.Server.Protocols;

/// <summary>PUT /api/protocols/{typeCode}: the steps in order.</summary>
public sealed record ProtocolRequest(IReadOnlyList<ProtocolStepRequest>? Steps)
{
    /// <summary>Missing texts and codes become empty, so that <see cref="ResponseProtocol.Problems"/> names them.</summary>
    public ResponseProtocol ToProtocol(AlarmType type) =>
        new(type, (Steps ?? []).Select(s => new ProtocolStep(s.Code?.Trim() ?? "", s.Kind ?? ProtocolStepKind.Other, s.Es?.Trim() ?? "", s.En?.Trim() ?? "", s.Required ?? true)).ToList());
}

public sealed record ProtocolStepRequest(string? Code, ProtocolStepKind? Kind, string? Es, string? En, bool? Required);
