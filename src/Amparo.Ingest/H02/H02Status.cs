using System.Globalization;

namespace Amparo.Ingest.H02;

/// <summary>
/// The H02 status word: 32 flags, the 8 hex digits after the date of a text message or the 4 bytes after the course
/// of a binary one. The alarm flags are active-low (a quiet device sends <c>FFFFFBFF</c>). Bits as Traccar reads
/// them: 0 vibration, 1 and 18 SOS, 2 overspeed, 19 running on the backup cell (power cut), 10 set = ignition on.
/// Vendors disagree on the other bits (traccar/traccar#2920: bit 17 is "shock" for one, "low battery" for another;
/// bits 20 and 28 "battery removed" or "main power off"), and none names a strap or tamper bit, so no other alarm
/// is read from it.
/// </summary>
public static class H02Status
{
    public const string Sos = "sos";
    public const string PowerCut = "powerCut";
    public const string Vibration = "vibration";
    public const string Overspeed = "overspeed";

    /// <summary>Exactly 8 hex digits.</summary>
    public static bool TryParse(string text, out uint status)
    {
        status = 0;
        return text.Length == 8 && uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out status);
    }

    /// <summary>
    /// The one alarm the word raises, most urgent first. Traccar checks vibration before SOS; here an SOS is never
    /// hidden behind a vibration or overspeed flag raised at the same time.
    /// </summary>
    public static string? AlarmOf(uint status) =>
        IsLow(status, 1) || IsLow(status, 18) ? Sos
        : IsLow(status, 19) ? PowerCut
        : IsLow(status, 0) ? Vibration
        : IsLow(status, 2) ? Overspeed
        : null;

    /// <summary>Adds <c>status</c> (the word as a number), <c>ignition</c> and, when raised, <c>alarm</c>.</summary>
    public static string? AddTo(IDictionary<string, object> attributes, uint status)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        attributes["status"] = (long)status;
        attributes["ignition"] = !IsLow(status, 10);
        var alarm = AlarmOf(status);
        if (alarm is not null)
        {
            attributes["alarm"] = alarm;
        }

        return alarm;
    }

    private static bool IsLow(uint status, int bit) => (status & (1u << bit)) == 0;
}
