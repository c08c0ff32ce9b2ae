using Amparo.Data.Documents;

namespace Amparo.Server.FieldDevices.Files;

/// <summary>A stored file and whether the user may have it, and whether it is part of a victim's act (a read to audit).</summary>
public sealed record FileRead(FileAccessOutcome Outcome, StoredFile? File, bool OfVictim);
