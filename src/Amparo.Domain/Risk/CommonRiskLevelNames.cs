namespace Amparo.Domain.Risk;

/// <summary>The common scale in Spanish, for messages.</summary>
public static class CommonRiskLevelNames
{
    public static string Es(CommonRiskLevel level) => level switch
    {
        CommonRiskLevel.Low => "bajo",
        CommonRiskLevel.Medium => "medio",
        CommonRiskLevel.High => "alto",
        CommonRiskLevel.Extreme => "extremo",
    };
}
