namespace Amparo.Server.AlarmResponse;

/// <summary>Reads an enum from its name only (case aside): "1" or "Done, NotPossible" are not names.</summary>
public static class EnumNames
{
    public static T? Parse<T>(string? text) where T : struct, Enum =>
        Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<T>(name)
            : null;

    public static string List<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
