using Housing.Domain.Welfare;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Welfare;

internal sealed class WelfareCenterConfiguration : IEntityTypeConfiguration<WelfareCenter>
{
    public void Configure(EntityTypeBuilder<WelfareCenter> b)
    {
        b.ToTable("WelfareCenters");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(10);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Address).HasMaxLength(300);
        b.HasIndex(x => x.SigunguCode).IsUnique();
    }
}

internal sealed class WelfareStaffConfiguration : IEntityTypeConfiguration<WelfareStaff>
{
    public void Configure(EntityTypeBuilder<WelfareStaff> b)
    {
        b.ToTable("WelfareStaff");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.Role).HasMaxLength(20);
        b.HasIndex(x => new { x.UserId, x.Active });
        b.HasIndex(x => x.CenterId);
        b.HasOne<WelfareCenter>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("WelfareClients");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.Phone).HasMaxLength(20);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.IncomeLevel).HasMaxLength(30);
        b.Property(x => x.ProtectedRegistrationNumber).HasMaxLength(1000);
        b.Property(x => x.MaskedRegistrationNumber).HasMaxLength(14);
        b.Property(x => x.RegistrationNumberLegalBasis).HasMaxLength(200);
        b.HasIndex(x => x.RegisteredByCenterId);
        b.HasOne<WelfareCenter>().WithMany().HasForeignKey(x => x.RegisteredByCenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.HouseholdMembers).WithOne().HasForeignKey("ClientId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.HouseholdMembers).HasField("_householdMembers").AutoInclude();
    }
}

internal sealed class ClientHouseholdMemberConfiguration : IEntityTypeConfiguration<ClientHouseholdMember>
{
    public void Configure(EntityTypeBuilder<ClientHouseholdMember> b)
    {
        b.ToTable("WelfareClientHouseholdMembers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(100).IsRequired();
        b.Property(x => x.Relationship).HasMaxLength(40).IsRequired();
    }
}

internal sealed class WelfareCaseConfiguration : IEntityTypeConfiguration<WelfareCase>
{
    public void Configure(EntityTypeBuilder<WelfareCase> b)
    {
        b.ToTable("WelfareCases");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.IntakeChannel).HasMaxLength(20);
        b.Property(x => x.Urgency).HasMaxLength(20);
        b.Property(x => x.ReferralSource).HasMaxLength(200);
        b.Property(x => x.PresentingProblem).IsRequired();
        b.Ignore(x => x.LatestAssessment);
        b.Ignore(x => x.CurrentPlan);
        b.Ignore(x => x.PendingReferral);
        b.HasIndex(x => new { x.CenterId, x.Status });
        b.HasIndex(x => new { x.Status, x.IntakeDate });
        b.HasIndex(x => x.ClientId);
        b.HasIndex(x => x.AssignedWorkerId);
        b.HasOne<WelfareCenter>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(x => x.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Closure).WithOne().HasForeignKey<CaseClosure>("WelfareCaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Closure).AutoInclude();
        Children(b, x => x.Crises, "_crises");
        Children(b, x => x.Assessments, "_assessments");
        Children(b, x => x.Plans, "_plans");
        Children(b, x => x.Services, "_services");
        Children(b, x => x.Referrals, "_referrals");
        Children(b, x => x.Notes, "_notes");
        Children(b, x => x.FollowUps, "_followUps");
        Children(b, x => x.StatusHistory, "_statusHistory");
    }

    private static void Children<T>(EntityTypeBuilder<WelfareCase> b, System.Linq.Expressions.Expression<Func<WelfareCase, IEnumerable<T>?>> children,
        string field) where T : class
    {
        b.HasMany(children).WithOne().HasForeignKey("WelfareCaseId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(children).HasField(field).AutoInclude();
    }
}

internal sealed class CaseCrisisConfiguration : IEntityTypeConfiguration<CaseCrisis>
{
    public void Configure(EntityTypeBuilder<CaseCrisis> b)
    {
        b.ToTable("WelfareCaseCrises");
        b.HasKey(x => x.Id);
        b.Property(x => x.Type).HasMaxLength(30);
        b.HasIndex(x => x.Type);
    }
}

internal sealed class CaseAssessmentConfiguration : IEntityTypeConfiguration<CaseAssessment>
{
    public void Configure(EntityTypeBuilder<CaseAssessment> b)
    {
        b.ToTable("WelfareCaseAssessments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Needs).IsRequired();
    }
}

internal sealed class CasePlanConfiguration : IEntityTypeConfiguration<CasePlan>
{
    public void Configure(EntityTypeBuilder<CasePlan> b)
    {
        b.ToTable("WelfareCasePlans");
        b.HasKey(x => x.Id);
        b.Property(x => x.ConferenceParticipants).HasMaxLength(500);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey("CasePlanId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Goals).HasField("_goals").AutoInclude();
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b)
    {
        b.ToTable("WelfarePlanGoals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Description).HasMaxLength(1000).IsRequired();
    }
}

internal sealed class ServiceRecordConfiguration : IEntityTypeConfiguration<ServiceRecord>
{
    public void Configure(EntityTypeBuilder<ServiceRecord> b)
    {
        b.ToTable("WelfareServiceRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.Type).HasMaxLength(30);
        b.Property(x => x.Outcome).HasMaxLength(30);
        b.Property(x => x.Provider).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.Type, x.Date });
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("WelfareReferrals");
        b.HasKey(x => x.Id);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.ExternalAgency).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
        b.Property(x => x.DeclineReason).HasMaxLength(2000);
        b.HasIndex(x => new { x.ToCenterId, x.Status });
        b.HasIndex(x => x.FromCenterId);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("WelfareCaseNotes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).IsRequired();
    }
}

internal sealed class CaseClosureConfiguration : IEntityTypeConfiguration<CaseClosure>
{
    public void Configure(EntityTypeBuilder<CaseClosure> b)
    {
        b.ToTable("WelfareCaseClosures");
        b.HasKey(x => x.Id);
        b.Property(x => x.Outcome).HasMaxLength(30);
        b.Property(x => x.ClosedFrom).HasMaxLength(20);
        b.Property(x => x.Summary).IsRequired();
        b.Property(x => x.EarlyClosureReason).HasMaxLength(2000);
    }
}

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> b)
    {
        b.ToTable("WelfareFollowUps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Result).HasMaxLength(2000);
        b.HasIndex(x => new { x.DueDate, x.RecordedAt });
    }
}

internal sealed class CaseStatusChangeConfiguration : IEntityTypeConfiguration<CaseStatusChange>
{
    public void Configure(EntityTypeBuilder<CaseStatusChange> b)
    {
        b.ToTable("WelfareCaseStatusChanges");
        b.HasKey(x => x.Id);
        b.Property(x => x.From).HasMaxLength(20);
        b.Property(x => x.To).HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(2000);
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> b)
    {
        b.ToTable("WelfareAccessLog");
        b.HasKey(x => x.Id);
        b.Property(x => x.ActorName).HasMaxLength(100).IsRequired();
        b.Property(x => x.IpAddress).HasMaxLength(45);
        b.Property(x => x.Action).HasMaxLength(10);
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.Fields).HasMaxLength(500);
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsFixedLength().IsRequired();
        b.Property(x => x.Hash).HasMaxLength(64).IsFixedLength().IsRequired();
        // Unique sequence numbers: two appenders racing for the same link cannot both commit.
        b.HasIndex(x => x.Sequence).IsUnique();
        b.HasIndex(x => new { x.CenterId, x.At });
        b.HasIndex(x => x.ClientId);
    }
}

internal sealed class AccessLogReviewConfiguration : IEntityTypeConfiguration<AccessLogReview>
{
    public void Configure(EntityTypeBuilder<AccessLogReview> b)
    {
        b.ToTable("WelfareAccessLogReviews");
        b.HasKey(x => x.Id);
        b.Property(x => x.Findings).HasMaxLength(4000).IsRequired();
        b.HasIndex(x => new { x.CenterId, x.Month }).IsUnique();
        b.HasOne<WelfareCenter>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccessLogHeadConfiguration : IEntityTypeConfiguration<AccessLogHead>
{
    public void Configure(EntityTypeBuilder<AccessLogHead> b)
    {
        b.ToTable("WelfareAccessLogHead");
        b.HasKey(x => x.Id);
        b.Property(x => x.LastHash).HasMaxLength(64).IsFixedLength().IsRequired();
    }
}
