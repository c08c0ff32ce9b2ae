using System.Text;

namespace Amparo.Server.Tests.Registries;

/// <summary>Reads a registry CSV back by hand: the BOM, semicolons, RFC 4180 quotes; the header row and records by header.</summary>
internal static class CsvReading
{
    public static (List<string> Header, List<Dictionary<string, string>> Rows) Parse(byte[] bytes)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var records = Records(Encoding.UTF8.GetString(bytes[3..]));
        var header = records[0];
        var rows = records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second);
        }).ToList();
        return (header, rows);
    }

    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && record.Count == 0, "the last record ends with CRLF");
        return records;
    }
}
