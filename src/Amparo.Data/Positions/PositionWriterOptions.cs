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

    /// <summary>Routine fixes waiting for a batch; when full, the connections that send more wait (and so do their acknowledgements).</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 200_000;

    /// <summary>Fixes carrying an alarm waiting for a batch, in a queue of their own that fills each batch first.</summary>
    [Range(1, 1_000_000)]
    public int AlarmQueueCapacity { get; set; } = 10_000;
}
