using System.Globalization;

namespace Amparo.Cli.Bench.Scale;

/// <summary>The bench's figures for a person to read.</summary>
public static class ScaleBenchSummary
{
    public static async Task WriteAsync(TextWriter log, ScaleBenchResult r, string? firstError)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(r);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            {r.Cases:N0} cases, {r.Devices:N0} devices (seeded in {r.SeedSeconds} s)
              start-up: /health/ready after {r.ReadySeconds} s; {r.GrainsWoken:N0} of {r.ActiveCases:N0} active cases' grains woken after {r.WokenSeconds} s
              memory per device after waking: managed {r.WokenManagedBytesPerDevice:N0} B, working set {r.WokenWorkingSetBytesPerDevice:N0} B
              {(r.FixesFed > 0 ? $"after one fix per device ({r.FixesFed:N0} fixes in {r.FeedSeconds} s)" : "no fixes fed")}: managed {r.ManagedBytesPerDevice:N0} B per device ({r.ManagedBytesPerCase:N0} B per case), working set {r.WorkingSetBytesPerDevice:N0} B per device ({r.WorkingSetBytesPerCase:N0} B per case); target ≤ 4,096 B per device
              heap {r.ManagedBytes / 1048576.0:N1} MiB, working set {r.WorkingSetBytes / 1048576.0:N1} MiB (0 cases: {r.BaselineManagedBytes / 1048576.0:N1} MiB, {r.BaselineWorkingSetBytes / 1048576.0:N1} MiB)
              errors logged: {r.ErrorsLogged}{(firstError is null ? "" : "; first: " + firstError)}
            """));
    }
}
