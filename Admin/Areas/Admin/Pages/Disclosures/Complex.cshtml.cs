using System.Globalization;
using Housing.Admin.Charts;
using Housing.Admin.Disclosures;
using Housing.Admin.Resources;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using KoreanCalendar = Housing.Domain.Common.KoreanCalendar;

namespace Housing.Admin.Areas.Admin.Pages.Disclosures;

/// <summary>One measure of the comparison as the page shows it.</summary>
public sealed record StandingRow(string Measure, string Label, FeeStanding Standing);

/// <summary>
/// One complex's disclosures: the last 24 months per fee group and the total per ㎡ as SVG line charts (with their data
/// as tables), its standing among similar complexes in a chosen month, and its compliance (late and missing months).
/// </summary>
public sealed class ComplexModel(
    DisclosureService disclosures,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<DisclosuresResource> text) : PageModel
{
    /// <summary>The month of the comparison (yyyy-MM); the latest disclosed month when absent or not disclosed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public Complex Complex { get; private set; } = null!;

    public IReadOnlyList<YearMonth> Months { get; private set; } = [];

    public LineChartView GroupChart { get; private set; } = null!;

    public LineChartView PerAreaChart { get; private set; } = null!;

    /// <summary>Disclosed months of the window, newest first, for the comparison's month picker.</summary>
    public IReadOnlyList<YearMonth> DisclosedMonths { get; private set; } = [];

    public ComplexComparison? Comparison { get; private set; }

    public IReadOnlyList<StandingRow> Standings { get; private set; } = [];

    public IReadOnlyList<MissingDisclosure> Missing { get; private set; } = [];

    public IReadOnlyList<DisclosureMonth> Late { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var actor = currentActor.Require();
        var today = KoreanCalendar.Today(clock);
        Complex = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == id), ct)
            ?? throw new NotFoundException(nameof(Complex), id);
        if (!await store.AnyAsync(DisclosurePages.VisibleComplexes(store, actor, today).Where(c => c.Id == id), ct))
            throw new ForbiddenException($"Only the managers of {Complex.Name}, the officers of its district, analysts and admins read its charts.");

        var current = YearMonth.From(today);
        var filed = await disclosures.MonthsAsync(id, current.AddMonths(-DisclosureCharts.WindowMonths), current, ct);
        // The window ends at the latest month filed, or last month while the current one is still open.
        var last = filed.Where(d => d.IsDisclosed).Select(d => d.Month).DefaultIfEmpty(current.AddMonths(-1)).Max();
        if (last < current.AddMonths(-1)) last = current.AddMonths(-1);
        Months = DisclosureCharts.Window(last);
        var window = filed.Where(d => d.Month >= Months[0] && d.Month <= last).ToList();
        BuildCharts(window);

        DisclosedMonths = window.Where(d => d.IsDisclosed).Select(d => d.Month).OrderDescending().ToList();
        var chosen = YearMonth.TryParse(Month, out var asked) && DisclosedMonths.Contains(asked) ? asked : DisclosedMonths.FirstOrDefault();
        if (DisclosedMonths.Count > 0)
        {
            Month = chosen.ToString();
            Comparison = await disclosures.CompareWithPeersAsync(id, chosen, ct);
            Standings = StandingsOf(Comparison);
        }

        Missing = await disclosures.MissingMonthsAsync(Months[0], today, id, ct);
        Late = await disclosures.LateMonthsAsync(Months[0], last, id, ct);
    }

    private void BuildCharts(IReadOnlyList<DisclosureMonth> window)
    {
        var span = string.Format(CultureInfo.CurrentCulture, text["Chart_Span"], Months[0], Months[^1], Months.Count);
        var groups = DisclosureCharts.GroupSeries(Months, window, g => text["Group_" + g]);
        GroupChart = new LineChartView("groups", text["Chart_Groups_Title"],
            string.Format(CultureInfo.CurrentCulture, text["Chart_Groups_Description"], Complex.Name, span),
            text["Unit_TenThousandKrw"], text["Unit_Krw"], DisclosureCharts.TenThousand, new LineChart(Months, groups));
        var perArea = DisclosureCharts.TotalPerSquareMeter(Months, window, text["Measure_" + FeeComparison.GrandTotal]);
        PerAreaChart = new LineChartView("per-area", text["Chart_PerArea_Title"],
            string.Format(CultureInfo.CurrentCulture, text["Chart_PerArea_Description"], Complex.Name, span),
            text["Unit_KrwPerSquareMeter"], text["Unit_KrwPerSquareMeter"], 1, new LineChart(Months, [perArea]));
    }

    private List<StandingRow> StandingsOf(ComplexComparison comparison)
    {
        var korean = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";
        return comparison.Totals.Where(t => t.PerSquareMeter is not null)
            .Select(t => new StandingRow(t.Measure, text["Measure_" + t.Measure], t))
            .Concat(comparison.Items.Where(i => i.PerSquareMeter is not null)
                .Select(i =>
                {
                    var item = FeeCatalog.Get(i.Measure);
                    return new StandingRow(i.Measure, korean ? item.KoreanName : item.EnglishName, i);
                }))
            .ToList();
    }
}
