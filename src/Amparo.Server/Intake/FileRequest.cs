namespace Amparo.Server.Intake;

/// <summary>A file sent in JSON: its name and its content in base64 (checked by content, not by name).</summary>
public sealed record FileRequest(string FileName, string ContentBase64);
