using System.ComponentModel.DataAnnotations;
using Housing.Admin.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Welfare.Clients;

/// <summary>
/// A client, masked: name, phone and registration number are shown in full only after the user states why, and that
/// reveal is written to the access log. The clear data is rendered once, in the answer to the post, never kept.
/// </summary>
public sealed class DetailsModel(
    WelfareClientService clients,
    WelfareCaseService cases,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock) : PageModel
{
    public ClientView Client { get; private set; } = null!;

    public ClientPersonalData? Revealed { get; private set; }

    public IReadOnlyList<CaseRow> Cases { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, MinimumLength = 4, ErrorMessage = "Reveal_ReasonLength")]
    [Display(Name = "Reveal_Reason")]
    public string Reason { get; set; } = "";

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
            Revealed = await clients.RevealClientPersonalDataAsync(currentActor.Require(), id, Reason.Trim(), ct);
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = currentActor.Require();
        Client = await clients.GetClientAsync(actor, id, ct);
        var visible = await cases.VisibleCasesAsync(actor, ct);
        Cases = await CaseRow.ForAsync(store, await store.ToListAsync(visible.Where(c => c.ClientId == id).OrderByDescending(c => c.IntakeDate), ct),
            KoreanCalendar.Today(clock), ct);
    }
}
