using Housing.Domain.Community;
using Housing.Domain.Complexes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Housing.Infrastructure.Persistence.Configurations.Community;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> b)
    {
        b.ToTable("Notices");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(Notice.MaxTitleLength).IsRequired();
        b.Property(x => x.Body).IsRequired();
        b.Property(x => x.Status).HasMaxLength(20);
        b.HasIndex(x => new { x.ComplexId, x.Status, x.PublishedAt });
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey("NoticeId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Attachments).HasField("_attachments").AutoInclude();
    }
}

internal sealed class NoticeAttachmentConfiguration : IEntityTypeConfiguration<NoticeAttachment>
{
    public void Configure(EntityTypeBuilder<NoticeAttachment> b)
    {
        b.ToTable("NoticeAttachments");
        b.HasKey(x => x.Id);
        b.Property(x => x.FileName).HasMaxLength(260).IsRequired();
    }
}

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> b)
    {
        b.ToTable("Polls");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(10);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.HasIndex(x => new { x.ComplexId, x.OpensAt });
        b.HasIndex(x => new { x.ClosedAt, x.ClosesAt });
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Questions).WithOne().HasForeignKey("PollId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Questions).HasField("_questions").AutoInclude();
        b.HasMany(x => x.Participations).WithOne().HasForeignKey("PollId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Participations).HasField("_participations").AutoInclude();
        b.HasMany(x => x.Answers).WithOne().HasForeignKey("PollId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Answers).HasField("_answers").AutoInclude();
    }
}

internal sealed class PollQuestionConfiguration : IEntityTypeConfiguration<PollQuestion>
{
    public void Configure(EntityTypeBuilder<PollQuestion> b)
    {
        b.ToTable("PollQuestions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(500).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(20);
        b.HasMany(x => x.Options).WithOne().HasForeignKey("PollQuestionId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Options).HasField("_options").AutoInclude();
    }
}

internal sealed class PollOptionConfiguration : IEntityTypeConfiguration<PollOption>
{
    public void Configure(EntityTypeBuilder<PollOption> b)
    {
        b.ToTable("PollOptions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(200).IsRequired();
    }
}

internal sealed class PollParticipationConfiguration : IEntityTypeConfiguration<PollParticipation>
{
    public void Configure(EntityTypeBuilder<PollParticipation> b)
    {
        b.ToTable("PollParticipations");
        b.HasKey(x => x.Id);
        // The database itself refuses a second ballot from one household, even from two racing requests.
        b.Property<Guid>("PollId");
        b.HasIndex("PollId", nameof(PollParticipation.HouseholdId)).IsUnique();
    }
}

internal sealed class BallotAnswerConfiguration : IEntityTypeConfiguration<BallotAnswer>
{
    public void Configure(EntityTypeBuilder<BallotAnswer> b)
    {
        b.ToTable("BallotAnswers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).HasMaxLength(Poll.MaxFreeTextLength);
        b.Property<Guid>("PollId");
        b.HasIndex("PollId", nameof(BallotAnswer.QuestionId));
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("Complaints");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Description).IsRequired();
        b.Property(x => x.Location).HasMaxLength(200);
        b.Property(x => x.AssigneeName).HasMaxLength(100);
        b.Property(x => x.Resolution).HasMaxLength(2000);
        b.Property(x => x.SatisfactionComment).HasMaxLength(1000);
        b.HasIndex(x => new { x.ComplexId, x.Status, x.FiledAt });
        b.HasIndex(x => x.FiledByHouseholdId);
        b.HasIndex(x => new { x.AssigneeUserId, x.Status });
        b.HasOne<Complex>().WithMany().HasForeignKey(x => x.ComplexId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Photos).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Photos).HasField("_photos").AutoInclude();
        b.HasMany(x => x.History).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.History).HasField("_history").AutoInclude();
    }
}

internal sealed class ComplaintPhotoConfiguration : IEntityTypeConfiguration<ComplaintPhoto>
{
    public void Configure(EntityTypeBuilder<ComplaintPhoto> b)
    {
        b.ToTable("ComplaintPhotos");
        b.HasKey(x => x.Id);
    }
}

internal sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> b)
    {
        b.ToTable("ComplaintEvents");
        b.HasKey(x => x.Id);
        b.Property(x => x.From).HasMaxLength(20);
        b.Property(x => x.To).HasMaxLength(20);
        b.Property(x => x.Note).HasMaxLength(2000);
    }
}

internal sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> b)
    {
        b.ToTable("NewsItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(200).IsRequired();
        b.Property(x => x.Summary).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Body).IsRequired();
        b.Property(x => x.Category).HasMaxLength(20);
        b.Property(x => x.Scope).HasMaxLength(20);
        b.Property(x => x.Status).HasMaxLength(20);
        b.Property(x => x.SigunguCode).HasMaxLength(5);
        b.Property(x => x.Link).HasMaxLength(500);
        b.HasIndex(x => new { x.Status, x.Scope, x.PublishedAt });
        b.HasIndex(x => x.ComplexId);
    }
}
