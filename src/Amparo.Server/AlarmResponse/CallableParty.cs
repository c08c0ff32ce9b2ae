using Amparo.Server.Contacts;

namespace Amparo.Server.AlarmResponse;

/// <summary>A party of the case the operator may call: "victim" or "aggressor", her or his phones and trusted contacts.</summary>
public sealed record CallableParty(string Party, Guid PersonId, string FullName, IReadOnlyList<string> Phones, IReadOnlyList<TrustedContactView> Contacts);
