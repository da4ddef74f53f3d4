using System.ComponentModel.DataAnnotations;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Complaints;

/// <summary>One complaint: its history, and the steps the office takes (assign to a manager, start, resolve, close).</summary>
public sealed class DetailsModel(
    ComplaintService complaints,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<ManagerResource> text) : PageModel
{
    public Complaint Complaint { get; private set; } = null!;

    /// <summary>Who the complaint may be assigned to: the complex's managers today.</summary>
    public IReadOnlyList<HousingUser> Staff { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    [BindProperty]
    public ResolveInput Resolve { get; set; } = new();

    [BindProperty]
    public Guid? AssigneeId { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Staff.FirstOrDefault(s => s.Id == AssigneeId) is not { } assignee)
        {
            ModelState.AddModelError(nameof(AssigneeId), text["Error_ASSIGNEE_REQUIRED"]);
            return Page();
        }
        return await ChangeAsync(id, "", actor => complaints.AssignComplaintAsync(actor, id, assignee.Id, assignee.DisplayName, ct), ct);
    }

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "", actor => complaints.StartComplaintAsync(actor, id, ct), ct);

    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }
        return await ChangeAsync(id, "Resolve.Resolution", actor => complaints.ResolveComplaintAsync(actor, id, Resolve.Resolution, ct), ct);
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "", actor => complaints.CloseComplaintAsync(actor, id, ct), ct);

    private async Task<IActionResult> ChangeAsync(Guid id, string field, Func<Actor, Task<Complaint>> change, CancellationToken ct)
    {
        try
        {
            await change(currentActor.Require());
            return RedirectToPage(new { id });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(field, e, text);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = currentActor.Require();
        Complaint = await complaints.GetComplaintAsync(actor, id, ct);
        var complexId = Complaint.ComplexId;
        var today = KoreanCalendar.Today(clock);
        var complex = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == complexId), ct);
        var managerIds = complex!.Managers.Where(m => m.IsActiveOn(today)).Select(m => m.UserId).ToList();
        Staff = await store.ToListAsync(store.Query<HousingUser>().Where(u => managerIds.Contains(u.Id)).OrderBy(u => u.DisplayName), ct);
        var people = Complaint.History.Select(h => h.ByUserId).OfType<Guid>().Distinct().ToList();
        Names = (await store.ToListAsync(store.Query<HousingUser>().Where(u => people.Contains(u.Id)), ct)).ToDictionary(u => u.Id, u => u.DisplayName);
    }
}

[LocalizedBy(typeof(ManagerResource))]
public sealed class ResolveInput
{
    [Required(ErrorMessage = "Required")]
    [Display(Name = "Complaint_Resolution")]
    public string Resolution { get; set; } = "";
}
