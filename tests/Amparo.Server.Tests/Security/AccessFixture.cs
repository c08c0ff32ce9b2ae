using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amparo.Data.Identity;
using Amparo.Server.Security;
using Amparo.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Security;

/// <summary>
/// A case in Arequipa with a victim whose name and places are known, an open alarm on it, and a user of every role in
/// Arequipa (own) and in Cusco (other), each with a signed-in client.
/// </summary>
public sealed partial class AccessFixture
{
    private readonly Dictionary<string, string> _realIds;

    private AccessFixture(TestCase test, Guid alarmId, Guid? institutionId, string victimName, IReadOnlyList<string> victimPlaces, IReadOnlyList<MatrixUser> users)
    {
        Case = test;
        VictimName = victimName;
        VictimPlaces = victimPlaces;
        Users = users;
        _realIds = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/api/cases/"] = test.Id.ToString(),
            ["/casos/"] = test.Id.ToString(),
            ["/api/alarms/"] = alarmId.ToString(),
            ["/alarmas/"] = alarmId.ToString(),
        };
        if (institutionId is { } institution)
        {
            _realIds["/api/stock/institutions/"] = institution.ToString();
        }
    }

    public TestCase Case { get; }

    public string VictimName { get; }

    /// <summary>How her fix and her home's coordinates read in JSON.</summary>
    public IReadOnlyList<string> VictimPlaces { get; }

    public IReadOnlyList<MatrixUser> Users { get; }

    public static async Task<AccessFixture> CreateAsync(TestServer server)
    {
        var test = await TestCase.CreateAsync(server);
        var cusco = await TestUsers.JurisdictionAsync(server, "Cusco");
        var users = new List<MatrixUser>();
        foreach (var (role, index) in AmparoRoles.All.Select((r, i) => (r, i)))
        {
            foreach (var own in new[] { true, false })
            {
                var name = await TestUsers.CreateAsync(server, $"matriz.{index}.{(own ? "propia" : "otra")}", role, own ? test.JurisdictionId : cusco);
                users.Add(new MatrixUser(name, role, own, await server.ClientAsync(name)));
            }
        }

        // Her fix at five decimals, so it reads the same in any answer that carries it.
        var fix = (Latitude: Math.Round(test.Home.Latitude + 0.004, 5), Longitude: Math.Round(test.Home.Longitude, 5));
        (await server.SendAsync(test.VictimDevice, fix.Latitude, fix.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        var inside = test.North(100);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        using var centre = await server.ClientAsync("operador");
        var alarm = (await ApiJson.OpenAlarmsAsync(centre, test.Id))[0].GetProperty("id").GetGuid();
        await using var db = server.Db();
        var victimName = await db.People.Where(p => p.CaseId == test.Id && p.Role == Domain.People.PartyRole.Victim).Select(p => p.FullName).SingleAsync();
        var institution = await db.Institutions.Where(i => i.JurisdictionId == test.JurisdictionId).Select(i => (Guid?)i.Id).FirstOrDefaultAsync();
        string[] places =
        [
            JsonSerializer.Serialize(fix.Latitude), JsonSerializer.Serialize(test.Home.Latitude),
            fix.Latitude.ToString(CultureInfo.InvariantCulture), test.Home.Latitude.ToString(CultureInfo.InvariantCulture),
        ];
        return new AccessFixture(test, alarm, institution, victimName, places.Distinct().ToList(), users);
    }

    /// <summary>The route with this fixture's records where it names them, and unknown ids elsewhere.</summary>
    public string Fill(string pattern) => Parameter().Replace(pattern, match =>
    {
        var name = match.Groups["name"].Value;
        var before = pattern[..match.Index];
        return name switch
        {
            "caseId" or "CaseId" => Case.Id.ToString(),
            "AlarmId" => _realIds["/alarmas/"],
            "typeCode" => "zone_entry",
            "code" => "vif",
            "version" => "1",
            "callSign" => "U-1",
            "documentName" => "v1",
            _ => _realIds.TryGetValue(before, out var id) ? id : Guid.NewGuid().ToString(),
        };
    }).TrimStart('/');

    /// <summary>Whether the path names one of this fixture's records in a scope the matrix checks before the handler.</summary>
    public bool NamesARealRecord(AccessRule rule, string path)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return ResourceJurisdictions.Resolves(rule.Scope) && _realIds.Values.Any(id => path.Contains(id, StringComparison.Ordinal));
    }

    /// <summary>Whether this user, by her role, gets what of the victim the endpoint carries (the others get it redacted).</summary>
    public bool Receives(AccessRule rule, MatrixUser user)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(user);
        return (rule.Exposure.HasFlag(VictimExposure.Identity) && AmparoRoles.VictimDataReaders.Contains(user.Role))
            || (rule.Exposure.HasFlag(VictimExposure.Location) && AmparoRoles.VictimLocationReaders.Contains(user.Role));
    }

    /// <summary>Her name only to roles that may read her data in her jurisdiction, her places only to those who may see where she is.</summary>
    public void CheckMinimised(List<string> failures, AccessRule rule, MatrixUser user, string path, string body)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(body);
        if (body.Contains(VictimName, StringComparison.Ordinal)
            && !(user.Own && rule.Exposure.HasFlag(VictimExposure.Identity) && AmparoRoles.VictimDataReaders.Contains(user.Role)))
        {
            failures.Add($"{rule.Key} {path} gave {user.Role} ({(user.Own ? "own" : "other")}) the victim's name");
        }

        // A whole number, not the first digits of another (a violence-map cell's edge may begin like her fix).
        if (VictimPlaces.Any(p => Regex.IsMatch(body, $@"(?<![\d.]){Regex.Escape(p)}(?!\d)", RegexOptions.CultureInvariant))
            && !(user.Own && rule.Exposure.HasFlag(VictimExposure.Location) && AmparoRoles.VictimLocationReaders.Contains(user.Role)))
        {
            failures.Add($"{rule.Key} {path} gave {user.Role} ({(user.Own ? "own" : "other")}) where the victim is or lives");
        }
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\??\}")]
    private static partial Regex Parameter();
}

/// <summary>A user of one role, in the fixture's jurisdiction or another, with a signed-in client.</summary>
public sealed record MatrixUser(string Name, string Role, bool Own, HttpClient Client);
