using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Amparo.Cli.Bench.Engine;

/// <summary>
/// An operator's client of the monitoring hub, as a console would hold it: logged in through the API, listening
/// for <c>alarm</c> (and receiving every <c>position</c> of its jurisdiction). It notes when the first alarm of the
/// type it watches (zone entry unless told) arrived for each case.
/// </summary>
public sealed class AlarmListener : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, long> _entries = new(StringComparer.Ordinal);
    private readonly HubConnection _hub;
    private readonly string _type;
    private long _alarmMessages;
    private long _positions;

    private AlarmListener(HubConnection hub, string type)
    {
        _hub = hub;
        _type = type;
        _hub.On<JsonElement>("alarm", OnAlarm);
        _hub.On<JsonElement>("position", _ => Interlocked.Increment(ref _positions));
    }

    /// <summary>Every <c>alarm</c> message: openings, repeats, clearances.</summary>
    public long AlarmMessages => Interlocked.Read(ref _alarmMessages);

    public long Positions => Interlocked.Read(ref _positions);

    public static async Task<AlarmListener> ConnectAsync(Uri server, string userName, string password, string type = "zone_entry")
    {
        string token;
        using (var http = new HttpClient { BaseAddress = server })
        using (var response = await http.PostAsJsonAsync("api/auth/login", new { userName, password }))
        {
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            token = body.RootElement.GetProperty("accessToken").GetString()!;
        }

        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hubs/monitoring"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        var listener = new AlarmListener(hub, type);
        await hub.StartAsync();
        return listener;
    }

    /// <summary>The Stopwatch timestamp the case's first alarm of the watched type arrived, if it did.</summary>
    public long? EntryArrivedAt(string fileNumber) => _entries.TryGetValue(fileNumber, out var at) ? at : null;

    /// <summary>Waits until every one of <paramref name="fileNumbers"/> has had its alarm of the watched type, or the time is up.</summary>
    public async Task WaitForEntriesAsync(IReadOnlyCollection<string> fileNumbers, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (fileNumbers.Any(f => !_entries.ContainsKey(f)) && Stopwatch.GetTimestamp() < until)
        {
            await Task.Delay(50);
        }
    }

    private void OnAlarm(JsonElement alarm)
    {
        var arrived = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _alarmMessages);
        if (alarm.GetProperty("type").GetString() == _type && alarm.GetProperty("fileNumber").GetString() is { } file)
        {
            _entries.TryAdd(file, arrived);
        }
    }

    public ValueTask DisposeAsync() => _hub.DisposeAsync();
}
