using Amparo.Data.Alarms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.App;

internal sealed class AppAlertConfiguration : IEntityTypeConfiguration<AppAlert>
{
    public void Configure(EntityTypeBuilder<AppAlert> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<AppInstallation>().WithMany().HasForeignKey(a => a.InstallationId);
        builder.HasOne<Alarm>().WithMany().HasForeignKey(a => a.AlarmId);
        // The app's offline queue retries with the same key: one alert, one alarm.
        builder.HasIndex(a => new { a.InstallationId, a.IdempotencyKey }).IsUnique();
        builder.HasIndex(a => a.CaseId);
    }
}
