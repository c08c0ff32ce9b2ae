namespace Amparo.Server.Auth;

public static class AmparoClaims
{
    public const string Jurisdiction = "amparo:jurisdiction";
    public const string FullName = "amparo:full_name";

    /// <summary>When the sign-in that began this session happened (Unix seconds): renewals do not outlive the shift.</summary>
    public const string SessionStarted = "amparo:session_started";
}
