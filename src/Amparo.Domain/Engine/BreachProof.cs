namespace Amparo.Domain.Engine;

/// <summary>How a fix proved a breach; kept in the evidence, so a judge can see why the engine believed it.</summary>
public enum BreachProof
{
    /// <summary>Past the boundary by more than the fix's accuracy.</summary>
    Certain,
    /// <summary>Two consecutive fixes past the boundary, together by at least one accuracy (their depths as shares of it).</summary>
    Confirmed,
    /// <summary>The device reappeared past the boundary after a silence.</summary>
    AfterGap,
    /// <summary>A further fix while the breach lasts.</summary>
    Repeat,
}
