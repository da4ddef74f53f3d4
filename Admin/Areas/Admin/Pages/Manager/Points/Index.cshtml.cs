using System.ComponentModel.DataAnnotations;
using Housing.Admin.Manager;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Points;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Points;

/// <summary>
/// Spending of the complex's common points: requests awaiting a decision (approved or rejected with a reason by a manager
/// other than the requester), the common balance, and the decided requests paged on the server.
/// </summary>
public sealed class IndexModel(PointsService points, ManagedComplexes managed, IHousingStore store, ICurrentActor currentActor,
    IStringLocalizer<ManagerResource> text) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public RejectInput Reject { get; set; } = new();

    /// <summary>The request a refused decision was about, so its message is shown beside it.</summary>
    public Guid? FailedRequest { get; private set; }

    public ComplexChoice Choice { get; private set; } = null!;

    public long Balance { get; private set; }

    public IReadOnlyList<CommonSpendingRequest> Pending { get; private set; } = [];

    public PagedList<CommonSpendingRequest> Decided { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The signed-in manager: their own requests await another manager, so they get no approve or reject button.</summary>
    public Guid ActorId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostApproveAsync(Guid requestId, CancellationToken ct) =>
        DecideAsync(requestId, actor => points.ApproveCommonSpendingAsync(actor, requestId, ct), ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid requestId, CancellationToken ct)
    {
        if (ModelState.IsValid)
            return await DecideAsync(requestId, actor => points.RejectCommonSpendingAsync(actor, requestId, Reject.Reason, ct), ct);
        FailedRequest = requestId;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> DecideAsync(Guid requestId, Func<Actor, Task<CommonSpendingRequest>> decide, CancellationToken ct)
    {
        try
        {
            await decide(currentActor.Require());
            return RedirectToPage(new { complex = Complex });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            FailedRequest = requestId;
            ModelState.AddDomainError(e.Code == "REASON_REQUIRED" ? "Reject.Reason" : "", e, text);
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        ActorId = actor.UserId;
        Choice = await managed.ChooseAsync(actor, Complex, ct);
        var complexId = Choice.Current.Id;
        var commonKey = PointAccount.CommonKey(complexId);
        Balance = await store.FirstOrDefaultAsync(store.Query<PointAccount>().Where(a => a.Key == commonKey).Select(a => (long?)a.Balance), ct) ?? 0;
        Pending = [.. (await points.PendingCommonSpendingAsync(actor, complexId, ct)).OrderBy(r => r.RequestedAt)];
        Decided = await PagedList<CommonSpendingRequest>.ReadAsync(store, store.Query<CommonSpendingRequest>()
            .Where(r => r.ComplexId == complexId && r.Status != CommonSpendingStatus.Requested)
            .OrderByDescending(r => r.DecidedAt).ThenBy(r => r.Id), PageNumber, PageSize, ct);
        Pager = Pager.Of(Decided, Request);
        var people = Pending.Concat(Decided.Items).SelectMany(r => new[] { r.RequestedByUserId, r.DecidedByUserId ?? Guid.Empty }).Distinct().ToList();
        Names = (await store.ToListAsync(store.Query<HousingUser>().Where(u => people.Contains(u.Id)), ct)).ToDictionary(u => u.Id, u => u.DisplayName);
    }

    public string NameOf(Guid? userId) => userId is { } id && Names.TryGetValue(id, out var name) ? name : "";
}

[LocalizedBy(typeof(ManagerResource))]
public sealed class RejectInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Spending_RejectReason")]
    public string Reason { get; set; } = "";
}
