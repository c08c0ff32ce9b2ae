using Amparo.Data.Cases;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amparo.Data.Acts;

internal sealed class FieldActConfiguration : IEntityTypeConfiguration<FieldAct>
{
    public void Configure(EntityTypeBuilder<FieldAct> builder)
    {
        builder.ToTable("FieldActs");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Address).HasMaxLength(500);
        builder.Property(a => a.RecordedBy).HasMaxLength(256);
        builder.Property(a => a.Notes).HasMaxLength(4000);
        builder.HasOne<MonitoredCase>().WithMany().HasForeignKey(a => a.CaseId);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId);
        builder.HasOne<Institution>().WithMany().HasForeignKey(a => a.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Institution>().WithMany().HasForeignKey(a => a.ReceivingInstitutionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Devices).WithOne().HasForeignKey(d => d.ActId);
        builder.HasMany(a => a.Attendees).WithOne().HasForeignKey(d => d.ActId);
        builder.HasMany(a => a.Photos).WithOne().HasForeignKey(d => d.ActId);
        builder.HasIndex(a => new { a.CaseId, a.At });
    }
}
