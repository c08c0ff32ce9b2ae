using Amparo.Domain.Alarms;
using Amparo.Domain.Dispatch;

namespace Amparo.Domain.Tests.Dispatch;

public class DispatchGradingTests
{
    [Theory]
    [InlineData(AlarmType.ZoneEntry, "Immediate", "Extreme", "Observed")]
    [InlineData(AlarmType.Panic, "Immediate", "Extreme", "Observed")]
    [InlineData(AlarmType.StrapTamper, "Immediate", "Extreme", "Observed")]
    [InlineData(AlarmType.ZonePreAlert, "Immediate", "Severe", "Likely")]
    [InlineData(AlarmType.ApproachFast, "Immediate", "Severe", "Likely")]
    [InlineData(AlarmType.SignalLoss, "Expected", "Moderate", "Possible")]
    public void The_alarm_type_sets_urgency_severity_and_certainty(AlarmType type, string urgency, string severity, string certainty) =>
        Assert.Equal(new CapGrade(urgency, severity, certainty), DispatchGrading.For(type));
}
