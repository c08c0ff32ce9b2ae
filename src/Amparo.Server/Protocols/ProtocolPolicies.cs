using Amparo.Data.Identity;

namespace Amparo.Server.Protocols;

public static class ProtocolPolicies
{
    /// <summary>Who may change the centre's protocols: its supervisors and administrators.</summary>
    public const string Editor = "amparo.protocol_editor";

    public static IReadOnlyList<string> EditorRoles { get; } = [AmparoRoles.Administrador, AmparoRoles.Supervisor];
}
