namespace Amparo.Server.Console.Text;

/// <summary>The words of the case page: people, measures, devices, replay and the distance chart.</summary>
internal static class CasePageWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
    };
}
