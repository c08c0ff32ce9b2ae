namespace Amparo.Server.App;

/// <summary>The code to give her, shown once: only its hash is kept.</summary>
public sealed record AppEnrolmentView(string Code, DateTime ExpiresAt);
