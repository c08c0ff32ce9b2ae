using System.Text;

namespace Amparo.Domain.Citizens;

/// <summary>
/// A citizen's mobile number in E.164, as the SMS gateway wants it: Peru (+51, nine digits starting with 9),
/// Mexico (+52, ten digits; the old mobile "1" after 52 is dropped) and Argentina (+54 9 and ten digits).
/// A number written without its country takes the municipality's.
/// </summary>
public static class CitizenPhone
{
    /// <returns>The number as +CC…, or null when it is not a mobile of those countries.</returns>
    public static string? Normalise(string? raw, string defaultCountry)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        var international = text.StartsWith('+') || text.StartsWith("00", StringComparison.Ordinal);
        var digits = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                return null;
            }
        }

        var number = digits.ToString();
        if (international)
        {
            number = number.StartsWith("00", StringComparison.Ordinal) && !text.StartsWith('+') ? number[2..] : number;
            return Country(number);
        }

        return defaultCountry switch
        {
            "PE" => Country("51" + number),
            "MX" => Country("52" + number),
            "AR" => Country("54" + number),
            _ => null,
        };
    }

    private static string? Country(string number) => number switch
    {
        _ when number.StartsWith("51", StringComparison.Ordinal) => Peru(number[2..]),
        _ when number.StartsWith("52", StringComparison.Ordinal) => Mexico(number[2..]),
        _ when number.StartsWith("54", StringComparison.Ordinal) => Argentina(number[2..]),
        _ => null,
    };

    private static string? Peru(string national) =>
        national.Length == 9 && national[0] == '9' ? "+51" + national : null;

    private static string? Mexico(string national)
    {
        if (national.Length == 11 && national[0] == '1')
        {
            national = national[1..];
        }

        return national.Length == 10 && national[0] != '0' ? "+52" + national : null;
    }

    private static string? Argentina(string national)
    {
        if (national.Length == 11 && national[0] == '9')
        {
            national = national[1..];
        }

        return national.Length == 10 && national[0] != '0' ? "+549" + national : null;
    }
}
