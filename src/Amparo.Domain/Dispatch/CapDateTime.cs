using System.Globalization;

namespace Amparo.Domain.Dispatch;

/// <summary>
/// CAP's dateTime: "2026-11-23T14:05:09-05:00", whole seconds and a numeric offset; UTC is written "-00:00" because
/// the standard forbids "Z".
/// </summary>
public static class CapDateTime
{
    public static string Format(DateTimeOffset at)
    {
        var offset = at.Offset;
        var sign = offset < TimeSpan.Zero || offset == TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{at:yyyy-MM-dd'T'HH:mm:ss}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }
}
