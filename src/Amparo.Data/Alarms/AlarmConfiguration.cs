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
        // One open alarm per case and type, enforced by the database too.
        builder.HasIndex(a => new { a.CaseId, a.Type })
            .IsUnique()
            .HasFilter("\"State\" <> 'Resolved'")
            .HasDatabaseName("IX_Alarms_OpenPerCaseAndType");
        builder.HasIndex(a => new { a.State, a.Priority, a.RaisedAt });
        builder.HasMany(a => a.Actions).WithOne().HasForeignKey(x => x.AlarmId);
    }
}
