using Amparo.Data.Cases;
using Amparo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.App;

internal sealed class AppEnrolmentConfiguration : IEntityTypeConfiguration<AppEnrolment>
{
    public void Configure(EntityTypeBuilder<AppEnrolment> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CodeHash).HasMaxLength(64);
        builder.HasIndex(e => e.CodeHash).IsUnique();
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(e => e.CaseId);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId);
        builder.HasOne<AppInstallation>().WithMany().HasForeignKey(e => e.InstallationId);
        // Two enrolments presenting the same code at once: the second finds it used and is refused.
        builder.Property(e => e.UsedAt).IsConcurrencyToken();
    }
}
