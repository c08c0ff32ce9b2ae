namespace Amparo.Server.Security;

/// <summary>Who may call an endpoint at all.</summary>
public enum AccessCaller
{
    /// <summary>Staff of the institutions, signed in (console cookie or API bearer token), in the rule's roles.</summary>
    Staff,

    /// <summary>A victim's or citizen's app installation, by its own short-lived token.</summary>
    App,

    /// <summary>Anyone: the rule says what else guards it (a password, a one-time code, a shared key, nothing to protect).</summary>
    Anonymous,
}
