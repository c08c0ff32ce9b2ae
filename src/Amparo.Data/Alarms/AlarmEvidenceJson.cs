using System.Text.Json;
using Amparo.Domain.Alarms;

namespace Amparo.Data.Alarms;

public static class AlarmEvidenceJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(AlarmEvidence evidence) => JsonSerializer.Serialize(evidence, Options);

    public static AlarmEvidence? Deserialize(string json) => JsonSerializer.Deserialize<AlarmEvidence>(json, Options);
}
