using Amparo.Data.Protocols;
using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;

namespace Amparo.Server.Protocols;

/// <summary>The protocol in force for an alarm type (its code); <see cref="Custom"/> when it is the centre's own.</summary>
public sealed record ProtocolView(string Type, bool Custom, IReadOnlyList<ProtocolStep> Steps)
{
    public static ProtocolView From(EffectiveProtocol effective)
    {
        ArgumentNullException.ThrowIfNull(effective);
        return new(AlarmTypeInfo.For(effective.Protocol.Type).Code, effective.Custom, effective.Protocol.Steps);
    }
}
