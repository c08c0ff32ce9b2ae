using Amparo.Domain.Dispatch;

namespace Amparo.Data.Dispatch;

/// <summary>One status a police request went through, who said so (an operator, or the 911 centre's callback) and when.</summary>
public sealed class DispatchStatusChange
{
    public long Id { get; set; }

    public Guid RequestId { get; set; }

    public DispatchStatus Status { get; set; }

    public DateTime At { get; set; }

    /// <summary>"operator" or "911".</summary>
    public required string Source { get; set; }

    public required string By { get; set; }

    public string? Note { get; set; }
}
