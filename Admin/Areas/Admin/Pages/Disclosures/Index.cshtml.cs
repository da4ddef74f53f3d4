using Housing.Admin.Disclosures;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Disclosures;

/// <summary>A complex as the picker lists it.</summary>
public sealed record ComplexRow(Guid Id, string Name, string KaptCode, int Households, string? Address, bool SubjectToDisclosure);

/// <summary>The complex picker: the complexes the user may read, searched by name or K-apt code, paged on the server.</summary>
public sealed class IndexModel(IHousingStore store, ICurrentActor currentActor, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ComplexRow> Complexes { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public bool LacksDistrict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        LacksDistrict = DisclosurePages.LacksDistrict(actor);
        var query = DisclosurePages.VisibleComplexes(store, actor, KoreanCalendar.Today(clock));
        if (Search?.Trim() is { Length: > 0 } term)
            query = query.Where(c => c.Name.Contains(term) || c.KaptCode.StartsWith(term.ToUpperInvariant()));
        var rows = query.OrderBy(c => c.Name).ThenBy(c => c.KaptCode)
            .Select(c => new ComplexRow(c.Id, c.Name, c.KaptCode, c.HouseholdCount, c.RoadAddress ?? c.LotAddress,
                c.HouseholdCount >= Complex.DisclosureThreshold));
        Complexes = await PagedList<ComplexRow>.ReadAsync(store, rows, PageNumber, PageSize, ct);
        Pager = Pager.Of(Complexes, Request);
    }
}
