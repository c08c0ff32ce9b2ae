using System.Text.Json;

namespace Amparo.Data.Portability;

/// <summary>
/// One GeoJSON FeatureCollection being written: a <see cref="Utf8JsonWriter"/> over the file, flushed every 64 KiB,
/// so a layer of millions of features is never held whole.
/// </summary>
internal sealed class GeoJsonFile : IAsyncDisposable
{
    private const int FlushAt = 1 << 16;

    private readonly FileStream _stream;

    private GeoJsonFile(FileStream stream, string name)
    {
        _stream = stream;
        Writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = false });
        Writer.WriteStartObject();
        Writer.WriteString("type", "FeatureCollection");
        Writer.WriteString("name", name);
        Writer.WriteStartArray("features");
    }

    public Utf8JsonWriter Writer { get; }

    public long Features { get; private set; }

    public static GeoJsonFile Create(string path, string name)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new GeoJsonFile(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous), name);
    }

    /// <summary>Counts the feature just written and hands the writer's buffer to the file when it has grown.</summary>
    public async ValueTask WrittenAsync(CancellationToken cancellationToken)
    {
        Features++;
        if (Writer.BytesPending >= FlushAt)
        {
            await Writer.FlushAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Writer.WriteEndArray();
        Writer.WriteEndObject();
        await Writer.FlushAsync(cancellationToken);
        await _stream.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        await _stream.DisposeAsync();
    }
}
