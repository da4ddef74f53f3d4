using System.ComponentModel.DataAnnotations;
using Housing.Admin.Manager;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Listings;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Listings;

/// <summary>Which listings the moderation queue shows.</summary>
public enum ModerationFilter { Reported, Hidden, All }

/// <summary>
/// Moderation of the listings posted in the manager's complex (shared market, thrift market and rental housing): the reported
/// ones first by how often they were reported, with the reasons; hide one with a reason its seller reads, or restore a hidden one.
/// Paged on the server; the domain's listing service decides who may moderate and keeps who did what.
/// </summary>
public sealed class IndexModel(ListingService listings, ManagedComplexes managed, IHousingStore store, ICurrentActor currentActor,
    IStringLocalizer<ManagerResource> text) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The latest reasons shown per listing; the count says how many there are in all.</summary>
    public const int ReasonsShown = 5;

    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    [BindProperty(SupportsGet = true)]
    public ModerationFilter Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public HideInput Hide { get; set; } = new();

    /// <summary>The listing a refused action was about, so its message and what was typed are shown beside it.</summary>
    public Guid? FailedListing { get; private set; }

    public ComplexChoice Choice { get; private set; } = null!;

    public PagedList<Listing> Listings { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostHideAsync(Guid listingId, CancellationToken ct)
    {
        if (ModelState.IsValid)
            return await ModerateAsync(listingId, actor => listings.HideListingAsync(actor, listingId, Hide.Reason, ct), ct);
        FailedListing = listingId;
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostRestoreAsync(Guid listingId, CancellationToken ct)
    {
        // Restoring takes no input; a reason typed for hiding is not part of this post.
        ModelState.Clear();
        return ModerateAsync(listingId, actor => listings.UnhideListingAsync(actor, listingId, ct), ct);
    }

    public string NameOf(Guid? id) => id is { } key && Names.TryGetValue(key, out var name) ? name : "";

    private async Task<IActionResult> ModerateAsync(Guid listingId, Func<Actor, Task<Listing>> moderate, CancellationToken ct)
    {
        try
        {
            await moderate(currentActor.Require());
            return RedirectToPage(new { complex = Complex, filter = Filter, p = PageNumber });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            FailedListing = listingId;
            ModelState.AddDomainError(e.Code == "REASON_REQUIRED" ? "Hide.Reason" : "", e, text);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        Choice = await managed.ChooseAsync(actor, Complex, ct);
        var complexListings = await listings.ComplexListingsToModerateAsync(actor, Choice.Current.Id, ct);
        var shown = Filter switch
        {
            ModerationFilter.Hidden => complexListings.Where(l => l.Status == ListingStatus.Hidden).OrderByDescending(l => l.HiddenAt),
            ModerationFilter.All => complexListings.OrderByDescending(l => l.Reports.Count).ThenByDescending(l => l.CreatedAt),
            _ => complexListings.Where(l => l.Status != ListingStatus.Hidden && l.Reports.Any()).OrderByDescending(l => l.Reports.Count)
                .ThenByDescending(l => l.CreatedAt),
        };
        Listings = await PagedList<Listing>.ReadAsync(store, shown.ThenBy(l => l.Id), PageNumber, PageSize, ct);
        Pager = Pager.Of(Listings, Request);
        await LoadNamesAsync(ct);
    }

    /// <summary>The sellers (residents or vendors) and moderators of the page, each read in one query.</summary>
    private async Task LoadNamesAsync(CancellationToken ct)
    {
        var residents = Listings.Items.Where(l => l.SellerResidentId is not null).Select(l => l.SellerResidentId!.Value).Distinct().ToList();
        var vendors = Listings.Items.Where(l => l.SellerVendorId is not null).Select(l => l.SellerVendorId!.Value).Distinct().ToList();
        var staff = Listings.Items.SelectMany(l => new[] { l.HiddenByUserId, l.RestoredByUserId }).OfType<Guid>().Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var r in await store.ToListAsync(store.Query<Resident>().Where(r => residents.Contains(r.Id)).Select(r => new { r.Id, r.Name }), ct))
            names[r.Id] = r.Name;
        foreach (var v in await store.ToListAsync(store.Query<Vendor>().Where(v => vendors.Contains(v.Id)).Select(v => new { v.Id, v.Name }), ct))
            names[v.Id] = v.Name;
        foreach (var u in await store.ToListAsync(store.Query<HousingUser>().Where(u => staff.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }), ct))
            names[u.Id] = u.DisplayName;
        Names = names;
    }
}

[LocalizedBy(typeof(ManagerResource))]
public sealed class HideInput
{
    [Required(ErrorMessage = "Required")]
    [StringLength(500, ErrorMessage = "TooLong")]
    [Display(Name = "Moderation_HideReason")]
    public string Reason { get; set; } = "";
}
