using Amparo.Data.Cases;

namespace Amparo.Server.Cases;

/// <summary>A protection measure the court ordered, with its dates.</summary>
public sealed record MeasureView(string Type, DateOnly StartsOn, DateOnly? EndsOn, string? Details)
{
    public static MeasureView From(ProtectionMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return new MeasureView(measure.Type.ToString(), measure.StartsOn, measure.EndsOn, measure.Details);
    }

    public bool InForceOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);
}
