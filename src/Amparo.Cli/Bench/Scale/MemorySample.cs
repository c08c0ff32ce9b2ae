using System.Diagnostics;

namespace Amparo.Cli.Bench.Scale;

/// <summary>The managed heap after two full blocking compacting collections, and the process's working set then.</summary>
public sealed record MemorySample(long ManagedBytes, long WorkingSetBytes)
{
    public static MemorySample Take()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemorySample(managed, process.WorkingSet64);
    }
}
