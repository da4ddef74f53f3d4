using Admin.Tests.Support;
using Housing.Domain.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Documents;

/// <summary>
/// A document whose deadline passed without replies shows them overdue on the sent list and the tracking page at once, counted
/// from the deadline and the clock, not only after the <c>document-deadline-reminders</c> job has marked them.
/// </summary>
public sealed class OverdueTrackingTests(OverdueTrackingTests.World world) : IClassFixture<OverdueTrackingTests.World>
{
    public sealed class World() : ComplexWorld(live: false, Clock)
    {
        public static readonly TestClock Clock = new(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Deliveries_past_the_deadline_without_a_reply_are_overdue_before_the_reminder_job_marks_them()
    {
        var document = await world.SendAsync("기한 지난 회신 요청", ["A", "B", "C"], dueInDays: 1);
        var a = document.Deliveries.Single(d => d.RecipientId == world.Complexes["A"].Id);
        await world.WithServicesAsync(sp => sp.GetRequiredService<DocumentService>().ReplyToDocumentAsync(world.Users["manager.a"], a.Id, "기한 내 회신", null));
        World.Clock.Advance(TimeSpan.FromDays(2));
        var officer = await world.SignedInAsync("officer");

        var (_, list) = await officer.GetAsync("/admin/Documents");
        var (_, tracking) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}");
        var (_, overdue) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}?status=Overdue");

        Assert.All((await world.DocumentAsync(document.Id))!.Deliveries.Where(d => d.Id != a.Id), d => Assert.NotEqual(DeliveryStatus.Overdue, d.Status));
        Assert.Equal("2", list.QuerySelector($"tr[data-document='{document.Id}'] [data-field='overdue']")!.TextContent.Trim());
        Assert.Equal("2", tracking.QuerySelector("[data-count='overdue'] strong")!.TextContent);
        Assert.Equal(["Overdue", "Overdue"], overdue.QuerySelectorAll("tr[data-delivery]").Select(r => r.GetAttribute("data-status")!));
        Assert.Null(overdue.QuerySelector($"tr[data-delivery='{a.Id}']"));
        Assert.Equal("Replied", tracking.QuerySelector($"tr[data-delivery='{a.Id}']")!.GetAttribute("data-status"));
    }
}
