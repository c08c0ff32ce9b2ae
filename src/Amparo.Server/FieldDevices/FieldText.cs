namespace Amparo.Server.FieldDevices;

public static class FieldText
{
    /// <summary>The text trimmed and cut to <paramref name="max"/> characters; null when blank.</summary>
    public static string? Trimmed(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }
}
