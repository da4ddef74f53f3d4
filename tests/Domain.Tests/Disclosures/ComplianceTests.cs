using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class ComplianceTests
{
    [Theory]
    [InlineData(2026, 1, "2026-02-28")]
    [InlineData(2024, 1, "2024-02-29")]
    [InlineData(2026, 12, "2027-01-31")]
    public void A_month_is_due_by_the_end_of_the_following_month(int year, int month, string due)
    {
        Assert.Equal(DateOnly.Parse(due), DisclosureCompliance.DueDate(new YearMonth(year, month)));
    }

    [Fact]
    public void The_last_due_month_is_two_months_back()
    {
        Assert.Equal(new YearMonth(2026, 4), DisclosureCompliance.LastDueMonth(new DateOnly(2026, 6, 1)));
        Assert.False(DisclosureCompliance.IsOverdue(new YearMonth(2026, 4), new DateOnly(2026, 5, 31)));
        Assert.True(DisclosureCompliance.IsOverdue(new YearMonth(2026, 4), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task A_month_first_filed_after_its_due_date_is_late_and_a_later_correction_does_not_change_that()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var april = (await w.FileAsync(complex, new YearMonth(2026, 4))).Month;
        var may = (await w.FileAsync(complex, new YearMonth(2026, 5))).Month;
        Assert.True(april.FiledLate);
        Assert.False(may.FiledLate);

        w.World.Clock.AdvanceDays(30);
        await w.FileAsync(complex, new YearMonth(2026, 5), reason: "정정");
        Assert.False(may.FiledLate);

        var late = await w.Disclosures.LateMonthsAsync(new YearMonth(2026, 1), new YearMonth(2026, 6));
        Assert.Equal([april.Id], late.Select(m => m.Id));
    }

    [Fact]
    public async Task Missing_months_are_those_due_and_not_disclosed_by_complexes_of_100_households_or_more()
    {
        var w = await DisclosureWorld.CreateAsync();
        var filer = await w.ComplexAsync("성실 아파트");
        var silent = await w.ComplexAsync("침묵 아파트");
        var small = await w.ComplexAsync("작은 연립", households: 99);
        var young = await w.ComplexAsync("새 아파트", approvedOn: new DateOnly(2026, 4, 10));
        await w.FileAsync(filer, new YearMonth(2026, 3));
        await w.FileAsync(filer, new YearMonth(2026, 4));
        await w.FileAsync(young, new YearMonth(2026, 4));
        var asOf = new DateOnly(2026, 6, 15);

        var april = await w.Disclosures.ComplexesMissingMonthAsync(new YearMonth(2026, 4), asOf);
        Assert.Equal([silent.Id], april.Select(c => c.Id));
        var march = await w.Disclosures.ComplexesMissingMonthAsync(new YearMonth(2026, 3), asOf);
        Assert.Equal([silent.Id], march.Select(c => c.Id));
        Assert.Empty(await w.Disclosures.ComplexesMissingMonthAsync(new YearMonth(2026, 5), asOf));

        var missing = await w.Disclosures.MissingMonthsAsync(new YearMonth(2026, 3), asOf);
        Assert.Equal(
            [(silent.Id, new YearMonth(2026, 3)), (silent.Id, new YearMonth(2026, 4))],
            missing.Select(m => (m.ComplexId, m.Month)).OrderBy(m => m.Month));
        Assert.DoesNotContain(missing, m => m.ComplexId == small.Id);
        Assert.Equal(new DateOnly(2026, 4, 30), missing.First(m => m.Month == new YearMonth(2026, 3)).DueDate);
    }

    [Fact]
    public async Task A_month_kapt_reports_as_not_disclosed_counts_as_missing()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, new YearMonth(2026, 4), new Dictionary<string, long?> { ["LABOR"] = null }));
        var missing = await w.Disclosures.ComplexesMissingMonthAsync(new YearMonth(2026, 4), new DateOnly(2026, 6, 15));
        Assert.Equal([complex.Id], missing.Select(c => c.Id));
    }
}
