using System.Globalization;
using System.Text;

namespace Amparo.Domain.Notices;

/// <summary>
/// A notice's number: sequential per court and year, then the year and the court's initials, as courts write it
/// ("12-2026-2JF" for the 12th notice of 2026 of the "2.º Juzgado de Familia").
/// </summary>
public static class NoticeNumber
{
    private const int MaxCodeLength = 10;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "la", "las", "los", "el", "en", "y", "e", "para", "contra", "por", "a", "al", "sobre", "con",
    };

    public static string Format(int sequence, int year, string court) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence}-{year}-{CourtCode(court)}");

    /// <summary>The court's initials: numbers as written, one letter per significant word, without accents.</summary>
    public static string CourtCode(string court)
    {
        ArgumentNullException.ThrowIfNull(court);
        var code = new StringBuilder();
        foreach (var word in Words(court).Where(w => !Skipped.Contains(w)))
        {
            var digits = new string(word.TakeWhile(char.IsAsciiDigit).ToArray());
            code.Append(digits.Length > 0 ? digits : Plain(word[0]).ToString().ToUpperInvariant());
        }

        var text = code.ToString();
        return text.Length == 0 ? "JUZ" : text.Length > MaxCodeLength ? text[..MaxCodeLength] : text;
    }

    /// <summary>Runs of letters or digits; ordinal marks (º, ª) are not words.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) && c is not ('º' or 'ª'))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    private static char Plain(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && char.IsAsciiLetter(decomposed[0]) ? decomposed[0] : c;
    }
}
