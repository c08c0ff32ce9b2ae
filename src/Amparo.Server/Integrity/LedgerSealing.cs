using Amparo.Data.Integrity;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Integrity;

/// <summary>Seals new audit events and resolved alarms into the integrity ledger every few seconds, while there are any.</summary>
public sealed partial class LedgerSealing(LedgerSealer sealer, IOptions<IntegrityOptions> options, TimeProvider time, ILogger<LedgerSealing> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SealEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A backlog (after a restart) is worked off batch by batch without waiting for the next tick.
                while (await sealer.SealAsync(options.Value.SealAfter, stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sealing the integrity ledger failed; the next pass tries again")]
    private partial void LogFailed(Exception exception);
}
