namespace Amparo.Server.Auth;

/// <summary>What an authenticator app needs: the shared key (base32) and the otpauth URI its QR code carries.</summary>
public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri);
