using Amparo.Domain.Cases;

namespace Amparo.Data.Cases;

/// <summary>One measure a court ordered in a case, with its own dates (Law 30364 art. 22).</summary>
public sealed class ProtectionMeasure
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public ProtectionMeasureType Type { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public string? Details { get; set; }
}
