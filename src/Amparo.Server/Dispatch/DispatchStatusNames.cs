using Amparo.Domain.Dispatch;

namespace Amparo.Server.Dispatch;

/// <summary>Reads a status as an operator or a 911 centre writes it: "Dispatched", "dispatched", "on_scene", "on scene".</summary>
public static class DispatchStatusNames
{
    public static DispatchStatus? Parse(string? text)
    {
        var squeezed = (text ?? "").Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<DispatchStatus>(squeezed, ignoreCase: true, out var status) && Enum.IsDefined(status) && squeezed.Length > 0 && !char.IsDigit(squeezed[0])
            ? status
            : null;
    }
}
