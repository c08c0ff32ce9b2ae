namespace Amparo.Ingest.Gt06;

/// <summary>A decoded frame, or why it was refused.</summary>
public sealed record Gt06DecodeResult(Gt06Message? Message, string? Error)
{
    public static Gt06DecodeResult Fail(string error) => new(null, error);
}
