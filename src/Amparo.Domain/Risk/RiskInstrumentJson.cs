using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Amparo.Domain.Risk;

/// <summary>
/// Instruments as JSON: camelCase names, enums by name, no unknown properties and no nulls where a value is due,
/// so a typo is refused rather than silently ignored.
/// </summary>
public static class RiskInstrumentJson
{
    /// <summary>256 KiB: the FVR is about 15.</summary>
    public const int MaxLength = 256 * 1024;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads and validates a definition; <see cref="RiskInstrumentRead.IsValid"/> says whether it can be used.</summary>
    public static RiskInstrumentRead Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Refused("La definición está vacía.");
        }

        if (json.Length > MaxLength)
        {
            return Refused($"La definición supera los {MaxLength / 1024} KiB.");
        }

        RiskInstrumentDefinition? definition;
        try
        {
            using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }))
            {
                if (NullInList(document.RootElement, "$") is { } path)
                {
                    return Refused($"La lista «{path}» contiene un valor nulo.");
                }
            }

            definition = JsonSerializer.Deserialize<RiskInstrumentDefinition>(json, Options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? string.Create(CultureInfo.InvariantCulture, $" (línea {n + 1})") : "";
            return Refused($"El JSON no es válido cerca de «{e.Path ?? "$"}»{line}: falta un valor, sobra una propiedad o un valor no es del tipo esperado.");
        }

        if (definition is null)
        {
            return Refused("La definición está vacía.");
        }

        var problems = RiskInstrumentValidation.Problems(definition);
        return new RiskInstrumentRead(problems.Count == 0 ? definition : null, problems);
    }

    public static string Write(RiskInstrumentDefinition definition) => JsonSerializer.Serialize(definition, Options);

    private static RiskInstrumentRead Refused(string problem) => new(null, [problem]);

    private static string? NullInList(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var index = 0;
                foreach (var child in element.EnumerateArray())
                {
                    var at = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
                    if (child.ValueKind == JsonValueKind.Null)
                    {
                        return path;
                    }

                    if (NullInList(child, at) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                return element.EnumerateObject().Select(p => NullInList(p.Value, $"{path}.{p.Name}")).FirstOrDefault(f => f is not null);
            default:
                return null;
        }
    }
}
