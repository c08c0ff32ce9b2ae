using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Scale;

/// <summary>The one JSON line <c>amparo bench scale</c> prints. Memory is the loaded host's minus a host started with 0 cases first in the same process; the <c>woken_</c> figures before any fix was fed, the others after (if fed).</summary>
public sealed record ScaleBenchResult(
    [property: JsonPropertyName("cases")] int Cases,
    [property: JsonPropertyName("devices")] int Devices,
    [property: JsonPropertyName("seed_s")] double SeedSeconds,
    [property: JsonPropertyName("startup_ready_s")] double ReadySeconds,
    [property: JsonPropertyName("startup_woken_s")] double WokenSeconds,
    [property: JsonPropertyName("grains_woken")] int GrainsWoken,
    [property: JsonPropertyName("active_cases")] int ActiveCases,
    [property: JsonPropertyName("fixes_fed")] int FixesFed,
    [property: JsonPropertyName("feed_s")] double FeedSeconds,
    [property: JsonPropertyName("baseline_managed_bytes")] long BaselineManagedBytes,
    [property: JsonPropertyName("baseline_working_set_bytes")] long BaselineWorkingSetBytes,
    [property: JsonPropertyName("woken_managed_bytes_per_device")] double WokenManagedBytesPerDevice,
    [property: JsonPropertyName("woken_working_set_bytes_per_device")] double WokenWorkingSetBytesPerDevice,
    [property: JsonPropertyName("managed_bytes")] long ManagedBytes,
    [property: JsonPropertyName("working_set_bytes")] long WorkingSetBytes,
    [property: JsonPropertyName("managed_bytes_per_device")] double ManagedBytesPerDevice,
    [property: JsonPropertyName("working_set_bytes_per_device")] double WorkingSetBytesPerDevice,
    [property: JsonPropertyName("managed_bytes_per_case")] double ManagedBytesPerCase,
    [property: JsonPropertyName("working_set_bytes_per_case")] double WorkingSetBytesPerCase,
    [property: JsonPropertyName("errors_logged")] long ErrorsLogged);
