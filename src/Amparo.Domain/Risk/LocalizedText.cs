namespace Amparo.Domain.Risk;

/// <summary>A text of an instrument in both console languages.</summary>
public sealed record LocalizedText
{
    public string Es { get; init; } = "";

    public string En { get; init; } = "";

    public string Text(bool spanish) => spanish ? Es : En;

    /// <summary>Whether both texts are there and at most <paramref name="maxLength"/> characters long.</summary>
    public bool IsComplete(int maxLength) =>
        !string.IsNullOrWhiteSpace(Es) && !string.IsNullOrWhiteSpace(En) && Es.Length <= maxLength && En.Length <= maxLength;
}
