namespace Amparo.Domain.Risk;

/// <summary>
/// The scale every risk instrument's levels map onto (FVR's leve / moderado / severo, VioGén's five levels…), so
/// policies (re-assessment period, pre-alert distance, police rounds) and the activation check speak one language.
/// </summary>
public enum CommonRiskLevel
{
    Low,
    Medium,
    High,
    Extreme,
}
