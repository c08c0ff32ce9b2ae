using System.Globalization;
using System.Text;

namespace Amparo.Ingest.Watch;

/// <summary>
/// Builds "watch" (3G) messages as a safety watch sends them: for simulators and tests. The inverse of
/// <see cref="WatchDecoder"/> for the link (LK) and the UD / AL reports.
/// </summary>
public static class WatchEncoder
{
    /// <summary>The SOS bit of the status word.</summary>
    public const int SosStatus = 0x00010000;

    /// <summary><c>[3G*id*len*content]</c>, the length in four hex digits.</summary>
    public static byte[] Frame(string id, string content) =>
        Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"[3G*{id}*{content.Length:X4}*{content}]"));

    /// <summary>The link (heartbeat) the server echoes: steps, turnovers, battery.</summary>
    public static byte[] Link(string id, int battery) =>
        Frame(id, string.Create(CultureInfo.InvariantCulture, $"LK,0,0,{Math.Clamp(battery, 0, 100)}"));

    /// <summary>A report with a fix: "UD" (a position, not answered) or "AL" (an alarm, answered "AL").</summary>
    public static byte[] Report(
        string type, string id, DateTime utc, double latitude, double longitude,
        double speedKmh = 0, int course = 0, bool valid = true, int battery = 88, int status = 0) =>
        Frame(id, string.Create(CultureInfo.InvariantCulture,
            $"{type},{utc:ddMMyy},{utc:HHmmss},{(valid ? "A" : "V")},{Math.Abs(latitude):F6},{(latitude < 0 ? "S" : "N")},{Math.Abs(longitude):F6},{(longitude < 0 ? "W" : "E")},{speedKmh:0.00},{course},0,8,100,{Math.Clamp(battery, 0, 100)},0,0,{status:X8},0,0"));
}
