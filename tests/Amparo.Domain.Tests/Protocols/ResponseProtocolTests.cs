using Amparo.Domain.Alarms;
using Amparo.Domain.Protocols;

namespace Amparo.Domain.Tests.Protocols;

public class ResponseProtocolTests
{
    [Fact]
    public void Every_alarm_type_starts_with_a_valid_protocol()
    {
        Assert.Equal(Enum.GetValues<AlarmType>().Length, DefaultProtocols.All.Count);
        Assert.All(DefaultProtocols.All, p => Assert.Empty(p.Problems()));
    }

    [Fact]
    public void A_breach_protocol_asks_first_for_the_victim_and_includes_the_police()
    {
        var steps = DefaultProtocols.For(AlarmType.ZoneEntry).Steps;

        Assert.Equal(ProtocolStepKind.CallVictim, steps[0].Kind);
        Assert.Contains(steps, s => s.Kind == ProtocolStepKind.RequestPolice && s.Required);
    }

    [Fact]
    public void Repeated_codes_bad_codes_and_missing_translations_are_reported()
    {
        var protocol = new ResponseProtocol(AlarmType.Panic,
        [
            new ProtocolStep("call_victim", ProtocolStepKind.CallVictim, "Llamar", "Call"),
            new ProtocolStep("call_victim", ProtocolStepKind.CallVictim, "Llamar", "Call"),
            new ProtocolStep("Llamar Ya", ProtocolStepKind.Other, "Llamar", ""),
        ]);

        var problems = protocol.Problems();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("repiten", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Llamar Ya", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protocol_without_steps_cannot_be_saved()
    {
        Assert.NotEmpty(new ResponseProtocol(AlarmType.Panic, []).Problems());
    }
}
