using Housing.Domain.Common;
using Housing.Domain.Community;

namespace Domain.Tests.Community;

public sealed class ComplaintTests
{
    private static FileComplaintCommand Leak(params Guid[] photos) =>
        new(ComplaintKind.Defect, ComplaintCategory.Leak, "욕실 천장 누수", "윗집 욕실에서 물이 샙니다.", "101동 1203호 욕실", photos);

    [Fact]
    public async Task A_complaint_moves_from_received_to_closed_and_records_the_time_taken()
    {
        var w = await CommunityWorld.CreateAsync();
        var photo = Guid.NewGuid();
        var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak(photo));
        Assert.Equal(ComplaintStatus.Received, c.Status);
        Assert.Equal(w.Complex.Id, c.ComplexId);
        Assert.Equal(photo, Assert.Single(c.Photos).FileId);

        var staff = Guid.NewGuid();
        await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, staff, "시설과장");
        Assert.Equal(ComplaintStatus.Assigned, c.Status);
        var assignee = new Actor(staff, "시설과장", new HashSet<string>());
        await w.Complaints.StartComplaintAsync(assignee, c.Id);
        Assert.Equal(ComplaintStatus.InProgress, c.Status);
        w.World.Clock.Advance(TimeSpan.FromHours(30));
        await w.Complaints.ResolveComplaintAsync(assignee, c.Id, "배관 교체 완료");
        Assert.Equal(ComplaintStatus.Resolved, c.Status);
        Assert.Equal(TimeSpan.FromHours(30), c.TimeTaken);
        Assert.Equal(TimeSpan.FromHours(30), c.Age(w.Now.AddDays(5)));

        await w.Complaints.RateComplaintAsync(w.Resident, c.Id, 5, "빠른 처리 감사합니다");
        await w.Complaints.CloseComplaintAsync(w.Resident, c.Id);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal(5, c.Satisfaction);
        Assert.Equal(
            [ComplaintStatus.Received, ComplaintStatus.Assigned, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed],
            c.History.Select(h => h.To));
    }

    [Fact]
    public async Task A_resolved_complaint_may_be_reopened_by_its_filer_and_a_closed_one_may_not()
    {
        var w = await CommunityWorld.CreateAsync();
        var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak());
        await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, Guid.NewGuid(), "기사");
        await w.Complaints.StartComplaintAsync(w.Manager, c.Id);
        await w.Complaints.ResolveComplaintAsync(w.Manager, c.Id, "실리콘 보수");
        await w.Complaints.RateComplaintAsync(w.Resident, c.Id, 2);

        await Assert.ThrowsAsync<ForbiddenException>(() => w.Complaints.ReopenComplaintAsync(w.Manager, c.Id, "다시"));
        var noReason = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.ReopenComplaintAsync(w.Resident, c.Id, " "));
        Assert.Equal("REOPEN_REASON_REQUIRED", noReason.Code);
        await w.Complaints.ReopenComplaintAsync(w.Resident, c.Id, "여전히 물이 샙니다");
        Assert.Equal(ComplaintStatus.InProgress, c.Status);
        Assert.Equal(1, c.ReopenCount);
        Assert.Null(c.Satisfaction);
        Assert.Null(c.TimeTaken);

        await w.Complaints.ResolveComplaintAsync(w.Manager, c.Id, "배관 교체");
        await w.Complaints.CloseComplaintAsync(w.Manager, c.Id);
        var closed = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.ReopenComplaintAsync(w.Resident, c.Id, "또"));
        Assert.Equal("INVALID_COMPLAINT_TRANSITION", closed.Code);
    }

    [Fact]
    public async Task Stages_cannot_be_skipped()
    {
        var w = await CommunityWorld.CreateAsync();
        var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak());
        var start = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.StartComplaintAsync(w.Manager, c.Id));
        Assert.Equal("INVALID_COMPLAINT_TRANSITION", start.Code);
        var resolve = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.ResolveComplaintAsync(w.Manager, c.Id, "완료"));
        Assert.Equal("INVALID_COMPLAINT_TRANSITION", resolve.Code);
        Assert.StartsWith("The complaint is RECEIVED;", resolve.Message);
        var close = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.CloseComplaintAsync(w.Resident, c.Id));
        Assert.Equal("INVALID_COMPLAINT_TRANSITION", close.Code);
        var rate = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.RateComplaintAsync(w.Resident, c.Id, 4));
        Assert.Equal("NOT_RESOLVED", rate.Code);
    }

    [Fact]
    public async Task Satisfaction_is_one_to_five_given_once_by_the_filer()
    {
        var w = await CommunityWorld.CreateAsync();
        var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak());
        await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, Guid.NewGuid(), "기사");
        await w.Complaints.StartComplaintAsync(w.Manager, c.Id);
        await w.Complaints.ResolveComplaintAsync(w.Manager, c.Id, "완료");
        var range = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.RateComplaintAsync(w.Resident, c.Id, 6));
        Assert.Equal("SATISFACTION_OUT_OF_RANGE", range.Code);
        var neighbour = await w.NewHouseholdAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Complaints.RateComplaintAsync(neighbour, c.Id, 1));
        await w.Complaints.RateComplaintAsync(w.Resident, c.Id, 4);
        var twice = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.RateComplaintAsync(w.Resident, c.Id, 5));
        Assert.Equal("ALREADY_RATED", twice.Code);
    }

    [Fact]
    public async Task Only_managers_assign_and_only_the_assignee_or_managers_handle()
    {
        var w = await CommunityWorld.CreateAsync();
        var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak());
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Complaints.AssignComplaintAsync(w.Resident, c.Id, Guid.NewGuid(), "나"));
        await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, Guid.NewGuid(), "기사");
        var stranger = new Actor(Guid.NewGuid(), "타인", new HashSet<string> { Roles.ComplexManager });
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Complaints.StartComplaintAsync(stranger, c.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Complaints.GetComplaintAsync(stranger, c.Id));
        var member = await w.HouseholdMemberOfAsync(w.Resident);
        Assert.Equal(c.Id, (await w.Complaints.GetComplaintAsync(member, c.Id)).Id);
    }

    [Fact]
    public async Task Reassigning_keeps_the_stage_and_records_it()
    {
        var w = await CommunityWorld.CreateAsync();
        var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak());
        await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, Guid.NewGuid(), "기사 A");
        await w.Complaints.StartComplaintAsync(w.Manager, c.Id);
        var b = Guid.NewGuid();
        await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, b, "기사 B");
        Assert.Equal(ComplaintStatus.InProgress, c.Status);
        Assert.Equal(b, c.AssigneeUserId);
        Assert.Equal("Reassigned to 기사 B", c.History[^1].Note);
        Assert.Equal([c.Id], w.Complaints.AssignedTo(new Actor(b, "기사 B", new HashSet<string>())).Select(x => x.Id));
    }

    [Fact]
    public async Task A_complaint_needs_a_description_and_at_most_ten_photos()
    {
        var w = await CommunityWorld.CreateAsync();
        var noText = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.FileComplaintAsync(w.Resident, Leak() with { Description = "" }));
        Assert.Equal("COMPLAINT_DESCRIPTION_REQUIRED", noText.Code);
        var photos = Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToArray();
        var many = await Assert.ThrowsAsync<DomainException>(() => w.Complaints.FileComplaintAsync(w.Resident, Leak(photos)));
        Assert.Equal("COMPLAINT_PHOTOS_INVALID", many.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Complaints.FileComplaintAsync(w.Manager, Leak()));
    }

    [Fact]
    public async Task Statistics_give_the_average_time_taken_and_satisfaction()
    {
        var w = await CommunityWorld.CreateAsync();
        foreach (var hours in new[] { 10, 30 })
        {
            var c = await w.Complaints.FileComplaintAsync(w.Resident, Leak());
            await w.Complaints.AssignComplaintAsync(w.Manager, c.Id, Guid.NewGuid(), "기사");
            await w.Complaints.StartComplaintAsync(w.Manager, c.Id);
            w.World.Clock.Advance(TimeSpan.FromHours(hours));
            await w.Complaints.ResolveComplaintAsync(w.Manager, c.Id, "완료");
            await w.Complaints.RateComplaintAsync(w.Resident, c.Id, hours == 10 ? 5 : 3);
        }
        await w.Complaints.FileComplaintAsync(w.Resident, Leak());

        var stats = await w.Complaints.StatisticsAsync(w.Manager, w.Complex.Id);
        Assert.Equal(3, stats.Filed);
        Assert.Equal(1, stats.Open);
        Assert.Equal(2, stats.Resolved);
        Assert.Equal(TimeSpan.FromHours(20), stats.AverageTimeTaken);
        Assert.Equal(4, stats.AverageSatisfaction);
        Assert.Equal(3, (await w.Complaints.MyHouseholdsComplaintsAsync(w.Resident)).Count());
    }
}
