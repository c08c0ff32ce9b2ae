using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// 0x95 (JC100 dash cameras): a date and an event code; the longer form adds a fix (without satellites or speed)
/// and the names of the video files the event recorded.
/// </summary>
internal static class Gt06AlarmMessage
{
    public static void Read(ref Gt06Reader reader, Gt06Contents contents)
    {
        var withFix = reader.Remaining > 7;
        if (withFix)
        {
            Gt06LocationReader.ReadGps(ref reader, contents, hasSatellites: false, hasSpeed: false);
        }
        else
        {
            reader.Skip(6); // date
        }

        var code = reader.Byte();
        contents.Set(Keys.Event, (int)code);
        contents.AddAlarm(Gt06Alarms.FromAlarmEvent(code, withFix));
        if (reader.Remaining >= 2)
        {
            contents.Set("eventData", (int)reader.UInt16());
        }

        if (reader.Remaining > 0)
        {
            contents.Set("eventFiles", reader.Ascii(reader.Remaining));
        }
    }
}
