using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Portability;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Tests.Portability;

/// <summary>
/// Beside the CSVs, an export holds the positions, zones and placed addresses as GeoJSON for GIS tools: parsed back,
/// every coordinate is [longitude, latitude] of the stored row, a feature per row, and the manifest's hashes hold;
/// an import refuses an export whose GeoJSON was altered.
/// </summary>
public class ExportGeoJsonTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Positions_zones_and_placed_addresses_are_GeoJSON_in_longitude_latitude_order_with_their_hashes_in_the_manifest(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider);
        await ExportImportTests.ActivityAsync(server);
        var folder = ExportImportTests.Folder();

        var manifest = await server.App.Services.GetRequiredService<DataExporter>().ExportAsync(folder, default);

        await using var db = server.Db();
        var layers = manifest.GeoJson!.ToDictionary(g => g.Name, StringComparer.Ordinal);
        Assert.Equal(new[] { "case-addresses", "positions", "zones" }, layers.Keys.Order(StringComparer.Ordinal));
        foreach (var layer in layers.Values)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(folder, layer.File)))), layer.Sha256);
        }

        var positions = await FeaturesAsync(folder, layers["positions"]);
        var stored = await db.Positions.AsNoTracking().ToDictionaryAsync(p => p.Id);
        Assert.Equal("Positions", layers["positions"].Table);
        Assert.Equal(manifest.Tables.Single(t => t.Name == "Positions").Rows, positions.Count);
        Assert.Equal(stored.Count, positions.Count);
        Assert.True(positions.Count >= 3);
        foreach (var feature in positions)
        {
            var row = stored[feature.GetProperty("id").GetInt64()];
            Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(new[] { row.Longitude, row.Latitude }, Coordinates(feature.GetProperty("geometry").GetProperty("coordinates")));
            var properties = feature.GetProperty("properties");
            Assert.Equal(row.DeviceId, properties.GetProperty("device_id").GetGuid());
            Assert.Equal(row.Valid, properties.GetProperty("valid").GetBoolean());
            var fixTime = DateTime.Parse(properties.GetProperty("fix_time").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            Assert.Equal(row.FixTime.Ticks / 10, fixTime.Ticks / 10);
            Assert.EndsWith("Z", properties.GetProperty("fix_time").GetString(), StringComparison.Ordinal);
        }

        var zones = await FeaturesAsync(folder, layers["zones"]);
        Assert.Equal((await db.Zones.Select(z => z.Id).ToListAsync()).Order(), zones.Select(z => Guid.Parse(z.GetProperty("id").GetString()!)).Order());
        JsonElement Zone(string name) => zones.Single(z => z.GetProperty("properties").GetProperty("name").GetString() == name);
        var polygon = Zone("Parque (polígono)").GetProperty("geometry");
        Assert.Equal("Polygon", polygon.GetProperty("type").GetString());
        var ring = polygon.GetProperty("coordinates")[0].EnumerateArray().Select(Coordinates).ToList();
        Assert.Equal(5, ring.Count);
        Assert.Equal(ring[0], ring[^1]);
        Assert.True(TwiceSignedArea(ring) > 0, "the exterior ring runs counterclockwise");
        Assert.Equal(
            new[] { "-71.54 -16.4", "-71.53 -16.4", "-71.53 -16.41", "-71.54 -16.41" }.Order(StringComparer.Ordinal),
            ring.Skip(1).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c[0]} {c[1]}")).Order(StringComparer.Ordinal));
        var route = Zone("Ruta al trabajo");
        Assert.Equal("LineString", route.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(new[] { new[] { -71.53, -16.4 }, new[] { -71.535, -16.405 }, new[] { -71.54, -16.41 } }, route.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(Coordinates));
        Assert.Equal(100, route.GetProperty("properties").GetProperty("corridor_m").GetDouble());
        Assert.Contains("Mon-Fri", route.GetProperty("properties").GetProperty("schedule").GetString(), StringComparison.Ordinal);
        var dynamic = Zone("Alrededor de ella");
        Assert.Equal(JsonValueKind.Null, dynamic.GetProperty("geometry").ValueKind);
        Assert.Equal(300, dynamic.GetProperty("properties").GetProperty("radius_m").GetDouble());
        var circle = Zone("Casa de noche");
        Assert.Equal("Point", circle.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(new[] { -71.5369, -16.3988 }, Coordinates(circle.GetProperty("geometry").GetProperty("coordinates")));
        Assert.Equal(80, circle.GetProperty("properties").GetProperty("radius_m").GetDouble());

        var addresses = await FeaturesAsync(folder, layers["case-addresses"]);
        Assert.Equal(await db.CaseAddresses.CountAsync(a => a.Latitude != null && a.Longitude != null), addresses.Count);
        Assert.True(await db.CaseAddresses.CountAsync() > addresses.Count, "an address not yet placed has no feature");
        var work = addresses.Single(a => a.GetProperty("properties").GetProperty("text").GetString() == "Calle Mercaderes 123, \"Cercado\"");
        Assert.Equal(new[] { -71.5357, -16.3991 }, Coordinates(work.GetProperty("geometry").GetProperty("coordinates")));
        Assert.True(work.GetProperty("properties").GetProperty("protected").GetBoolean());
    }

    [Fact]
    public async Task An_export_whose_GeoJSON_was_altered_or_removed_or_whose_manifest_points_outside_is_refused_and_nothing_is_written()
    {
        await using var server = await TestServer.StartAsync(DatabaseProvider.Sqlite);
        var folder = ExportImportTests.Folder();
        var manifest = await server.App.Services.GetRequiredService<DataExporter>().ExportAsync(folder, default);
        var target = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var factory = new AmparoDbContextFactory(Options.Create(target));
        await new DatabaseMigrator(factory).MigrateAsync(default);
        var zones = Path.Combine(folder, manifest.GeoJson!.Single(g => g.Name == "zones").File);
        var original = await File.ReadAllTextAsync(zones);
        // A zone moved by a digit of one coordinate: still valid GeoJSON, no longer the export.
        var at = original.IndexOf("-71.5", StringComparison.Ordinal);
        Assert.True(at > 0);
        await File.WriteAllTextAsync(zones, original[..at] + "-71.6" + original[(at + 5)..]);

        var altered = await Assert.ThrowsAsync<InvalidDataException>(() => new DataImporter(factory).ImportAsync(folder, default));
        File.Delete(zones);
        var removed = await Assert.ThrowsAsync<InvalidDataException>(() => new DataImporter(factory).ImportAsync(folder, default));
        // A manifest that points outside its folder is refused before any file is read.
        var manifestPath = Path.Combine(folder, ExportManifest.FileName);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(manifestPath))!;
        json["tables"]![0]!["file"] = "../../etc/passwd";
        await File.WriteAllTextAsync(manifestPath, json.ToJsonString());
        var outside = await Assert.ThrowsAsync<InvalidDataException>(() => new DataImporter(factory).ImportAsync(folder, default));
        Assert.Contains("outside the export's folder", outside.Message, StringComparison.Ordinal);

        Assert.Contains("geo/zones.geojson", altered.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", altered.Message, StringComparison.Ordinal);
        Assert.Contains("geo/zones.geojson", removed.Message, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Cases.AnyAsync());
    }

    /// <summary>The layer's features, after checking it is a FeatureCollection of Features and counts what the manifest says.</summary>
    private static async Task<List<JsonElement>> FeaturesAsync(string folder, ExportedGeoJson layer)
    {
        await using var stream = File.OpenRead(Path.Combine(folder, layer.File));
        using var json = await JsonDocument.ParseAsync(stream);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone()).ToList();
        Assert.All(features, f => Assert.Equal("Feature", f.GetProperty("type").GetString()));
        Assert.Equal(layer.Features, features.Count);
        return features;
    }

    private static double[] Coordinates(JsonElement position) => position.EnumerateArray().Select(c => c.GetDouble()).ToArray();

    /// <summary>In the plane of (longitude, latitude): positive when the ring runs counterclockwise.</summary>
    private static double TwiceSignedArea(List<double[]> ring) =>
        ring.Zip(ring.Skip(1)).Sum(p => (p.First[0] * p.Second[1]) - (p.Second[0] * p.First[1]));
}
