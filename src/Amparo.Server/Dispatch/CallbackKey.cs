using System.Security.Cryptography;
using System.Text;

namespace Amparo.Server.Dispatch;

/// <summary>The shared secret the 911 centre presents in <c>X-Amparo-Key</c>; compared in constant time.</summary>
public static class CallbackKey
{
    public const string Header = "X-Amparo-Key";

    public static bool Matches(HttpContext context, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.CallbackKey) || context.Request.Headers[Header] is not { Count: 1 } presented)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented.ToString()), Encoding.UTF8.GetBytes(options.CallbackKey));
    }
}
