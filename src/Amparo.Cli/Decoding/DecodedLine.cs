using System.Text.Json.Serialization;

namespace Amparo.Cli.Decoding;

/// <summary>One decoded message as <c>amparo decode</c> prints it, with the corpus's field names.</summary>
public sealed record DecodedLine(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("time"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Time,
    [property: JsonPropertyName("valid"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Valid,
    [property: JsonPropertyName("lat"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Latitude,
    [property: JsonPropertyName("lon"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Longitude,
    [property: JsonPropertyName("speed_knots"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? SpeedKnots,
    [property: JsonPropertyName("course"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Course,
    [property: JsonPropertyName("alarm"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Alarm,
    [property: JsonPropertyName("attributes")] IReadOnlyDictionary<string, object> Attributes,
    [property: JsonPropertyName("ack_hex"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AckHex,
    [property: JsonPropertyName("ack_text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AckText);
