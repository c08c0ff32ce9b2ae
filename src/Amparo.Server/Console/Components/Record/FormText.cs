namespace Amparo.Server.Console.Components.Record;

/// <summary>What a text box holds, as a command wants it: trimmed, and null when left blank.</summary>
internal static class FormText
{
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
