namespace Amparo.Server.App;

/// <summary>The code the centre gave her, and a name for the phone so the staff can tell her phones apart.</summary>
public sealed record AppEnrolRequest(string? Code, string? DeviceName);
