using Amparo.Server.Console.Text;

namespace Amparo.Server.Console.Components.Record;

/// <summary>Why a command was refused, in the command's words (a generic line when it gave none).</summary>
internal static class RefusalText
{
    public static string Of<T>(CommandResult<T> result) =>
        result.Problems.Count > 0 ? string.Join(" ", result.Problems) : UiText.T("common.refused");
}
