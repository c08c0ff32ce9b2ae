namespace Amparo.Domain.Notices;

/// <summary>The recipients by their letter in seed 002 (A–F), and back.</summary>
public static class NoticeRecipients
{
    public static IReadOnlyList<NoticeRecipient> All { get; } = Enum.GetValues<NoticeRecipient>();

    public static char Letter(NoticeRecipient recipient) => (char)('A' + (int)recipient);

    /// <summary>Reads "A"–"F" or a recipient's name, case aside; null for anything else.</summary>
    public static NoticeRecipient? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 1 && char.ToUpperInvariant(trimmed[0]) is var letter && letter is >= 'A' and <= 'F')
        {
            return (NoticeRecipient)(letter - 'A');
        }

        return All.Cast<NoticeRecipient?>()
            .FirstOrDefault(r => string.Equals(r.ToString(), trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
