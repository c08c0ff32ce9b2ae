namespace Amparo.Server.FieldDevices.Acts;

/// <summary>An image sent with an act: its name, its content in base64, and for a photo what it shows.</summary>
public sealed record FileRequest(string? FileName, string? ContentBase64, string? Caption = null);
