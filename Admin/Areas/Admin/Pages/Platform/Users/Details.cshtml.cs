using Housing.Admin.Platform;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Platform.Users;

/// <summary>One account: its roles (changed here), its lockout state, and lock or unlock.</summary>
public sealed class DetailsModel(UserAccounts accounts, ICurrentActor currentActor, IStringLocalizer<PlatformResource> text) : PageModel
{
    [BindProperty]
    public RolesInput Input { get; set; } = new();

    /// <summary>The mobile number as typed (the stored one when the page is shown), kept when it is refused.</summary>
    [BindProperty]
    public string? Phone { get; set; }

    public HousingUser Account { get; private set; } = null!;

    public bool LockedOut { get; private set; }

    public bool IsSelf { get; private set; }

    public IReadOnlyList<Region> Districts { get; private set; } = [];

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, Typed.None, ct);

    public async Task<IActionResult> OnPostPhoneAsync(Guid id, CancellationToken ct)
    {
        if (await TryAsync(() => accounts.SetPhoneAsync(currentActor.Require(), id, Phone), nameof(Phone)))
            return RedirectToPage(new { id });
        await LoadAsync(id, Typed.Phone, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid id, CancellationToken ct)
    {
        if (Input.Roles.Count == 0)
            ModelState.AddModelError("Input.Roles", text["Error_ROLE_REQUIRED"]);
        else if (await TryAsync(() => accounts.SetRolesAsync(currentActor.Require(), id, Input.Roles, Input.DistrictCode, ct), "Input.Roles"))
            return RedirectToPage(new { id });
        await LoadAsync(id, Typed.Roles, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken ct)
    {
        if (await TryAsync(() => accounts.LockAsync(currentActor.Require(), id), "Lock"))
            return RedirectToPage(new { id });
        await LoadAsync(id, Typed.None, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id)
    {
        await accounts.UnlockAsync(currentActor.Require(), id);
        return RedirectToPage(new { id });
    }

    private async Task<bool> TryAsync(Func<Task> action, string field)
    {
        try
        {
            await action();
            return true;
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(e.Code is "DISTRICT_REQUIRED" or "UNKNOWN_DISTRICT" ? "Input.DistrictCode" : field, e, text);
            return false;
        }
    }

    /// <summary>Which form's input was posted and refused, so it is shown again as typed rather than as stored.</summary>
    private enum Typed { None, Roles, Phone }

    /// <summary>The account and the forms' stored values, except those of the form <paramref name="typed"/> names.</summary>
    private async Task LoadAsync(Guid id, Typed typed, CancellationToken ct)
    {
        var actor = currentActor.Require();
        Account = await accounts.FindAsync(actor, id);
        LockedOut = accounts.IsLockedOut(Account);
        IsSelf = Account.Id == actor.UserId;
        Districts = await accounts.DistrictsAsync(ct);
        if (typed != Typed.Roles)
        {
            Input.Roles = [.. await accounts.RolesOfAsync(Account)];
            Input.DistrictCode = Account.DistrictCode;
        }
        if (typed != Typed.Phone)
            Phone = Account.PhoneNumber;
    }
}

public sealed class RolesInput
{
    public List<string> Roles { get; set; } = [];

    /// <summary>A district officer's district (sigungu code); required for that role, ignored for the others.</summary>
    public string? DistrictCode { get; set; }
}
