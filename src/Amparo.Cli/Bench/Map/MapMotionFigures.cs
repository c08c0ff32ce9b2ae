using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Map;

/// <summary>How smoothly the map pans and zooms: frame intervals and zoom-step times in milliseconds.</summary>
public sealed record MapMotionFigures(
    [property: JsonPropertyName("pan_fps")] double PanFramesPerSecond,
    [property: JsonPropertyName("pan_frame_p50_ms")] double? PanFrameP50,
    [property: JsonPropertyName("pan_frame_p95_ms")] double? PanFrameP95,
    [property: JsonPropertyName("pan_frame_p99_ms")] double? PanFrameP99,
    [property: JsonPropertyName("pan_frame_max_ms")] double? PanFrameMax,
    [property: JsonPropertyName("pan_frames_over_50ms")] int PanFramesOver50,
    [property: JsonPropertyName("pan_frames")] int PanFrames,
    [property: JsonPropertyName("zoom_step_p50_ms")] double? ZoomStepP50,
    [property: JsonPropertyName("zoom_step_max_ms")] double? ZoomStepMax,
    [property: JsonPropertyName("zoom_frame_p95_ms")] double? ZoomFrameP95,
    [property: JsonPropertyName("zoom_frame_max_ms")] double? ZoomFrameMax,
    [property: JsonPropertyName("js_heap_mb")] double? JsHeapMegabytes);
