using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amparo.Domain.Engine;

namespace Amparo.Monitoring.Cases;

/// <summary>
/// A case's thresholds: the deployment's defaults with what the court order sets apart, stored as a JSON object of
/// engine settings (<c>{"separationGrace":"00:10:00","hysteresisMetres":80}</c>); names not in the settings are an error.
/// </summary>
public static class CaseSettings
{
    /// <summary>Cases with the same overrides share one settings object (a copy each was 152 B a case); bounded, as distinct overrides are few.</summary>
    private const int MostShared = 10_000;

    private static readonly ConcurrentDictionary<EngineSettings, EngineSettings> Shared = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static EngineSettings Apply(EngineSettings defaults, string? overrides)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (string.IsNullOrWhiteSpace(overrides))
        {
            return defaults;
        }

        var merged = JsonSerializer.SerializeToNode(defaults, Json)!.AsObject();
        merged.Remove(nameof(EngineSettings.SignalLossAfter).ToCamelCase());
        foreach (var (name, value) in JsonNode.Parse(overrides)!.AsObject())
        {
            merged[name] = value?.DeepClone();
        }

        var settings = merged.Deserialize<EngineSettings>(Json) ?? defaults;
        if (Shared.TryGetValue(settings, out var shared))
        {
            return shared;
        }

        return Shared.Count < MostShared ? Shared.GetOrAdd(settings, settings) : settings;
    }

    private static string ToCamelCase(this string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
