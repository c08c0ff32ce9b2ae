namespace Amparo.Cli.Bench.Map;

/// <summary>What MapFrames.js returns: frame intervals while panning and zooming, in milliseconds.</summary>
public sealed class MapFrameSample
{
    public double[] PanFrames { get; set; } = [];

    public double PanSeconds { get; set; }

    public double[] ZoomFrames { get; set; } = [];

    public double[] Zooms { get; set; } = [];

    public double StartZoom { get; set; }

    public double? Heap { get; set; }
}
