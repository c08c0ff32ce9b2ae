namespace Amparo.Server.Auth;

public static class AmparoClaims
{
    public const string Jurisdiction = "amparo:jurisdiction";
    public const string FullName = "amparo:full_name";
}
