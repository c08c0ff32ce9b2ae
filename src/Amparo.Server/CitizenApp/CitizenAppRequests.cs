namespace Amparo.Server.CitizenApp;

/// <summary>Asks for a verification code by SMS to her mobile.</summary>
public sealed record CitizenRegisterRequest(string? Phone, string? FullName);

/// <summary>The code she received, which installs the app on this phone for her account.</summary>
public sealed record CitizenVerifyRequest(string? Phone, string? Code, string? DeviceName);

/// <summary>A press of the gender or the citizen alert: its kind (gender, citizen), the phone's key, when and where.</summary>
public sealed record CitizenAlertRequest(string? Kind, string? IdempotencyKey, DateTime? At, double Latitude, double Longitude);

/// <summary>Where she is now while her alert is open: when her phone took it, the place and its accuracy.</summary>
public sealed record CitizenPositionRequest(DateTime? At, double Latitude, double Longitude, double? AccuracyMetres);
