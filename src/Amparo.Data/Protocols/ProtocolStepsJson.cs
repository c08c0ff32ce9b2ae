using System.Text.Json;
using System.Text.Json.Serialization;
using Amparo.Domain.Protocols;

namespace Amparo.Data.Protocols;

/// <summary>How a stored protocol keeps its steps: JSON of <see cref="ProtocolStep"/>, kinds by name.</summary>
public static class ProtocolStepsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Serialize(IReadOnlyList<ProtocolStep> steps) => JsonSerializer.Serialize(steps, Options);

    public static IReadOnlyList<ProtocolStep> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<ProtocolStep>>(json, Options) ?? [];
}
