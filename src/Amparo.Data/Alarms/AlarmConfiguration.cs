using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Alarms;

internal sealed class AlarmConfiguration : IEntityTypeConfiguration<Alarm>
{
    public void Configure(EntityTypeBuilder<Alarm> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Priority).HasConversion<int>();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Subject).HasMaxLength(40);
        builder.Property(a => a.ClearReason).HasMaxLength(200);
        // One open alarm per case, type and subject, enforced by the database too.
        builder.HasIndex(a => new { a.CaseId, a.Type, a.Subject })
            .IsUnique()
            .HasFilter("\"State\" <> 'Resolved'")
            .HasDatabaseName("IX_Alarms_OpenPerCaseTypeAndSubject");
        builder.HasIndex(a => new { a.State, a.Priority, a.RaisedAt });
        builder.HasIndex(a => new { a.State, a.LedgerIndex });
        builder.HasMany(a => a.Actions).WithOne().HasForeignKey(x => x.AlarmId);
    }
}
