using System.ComponentModel.DataAnnotations;

namespace Amparo.Data.Positions;

/// <summary>Configuration section <c>Amparo:PositionWriter</c>: how positions are grouped into commits.</summary>
public sealed class PositionWriterOptions
{
    public const string Section = "Amparo:PositionWriter";

    [Range(1, 50_000)]
    public int MaxBatchSize { get; set; } = 1_000;

    /// <summary>How long a batch waits for more positions after its first one.</summary>
    [Range(0, 1_000)]
    public int LingerMilliseconds { get; set; } = 2;

    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 200_000;
}
