using Housing.Admin.Platform;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
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

    public HousingUser Account { get; private set; } = null!;

    public bool LockedOut { get; private set; }

    public bool IsSelf { get; private set; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input.Roles = [.. await accounts.RolesOfAsync(Account)];
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid id)
    {
        if (Input.Roles.Count == 0)
            ModelState.AddModelError("Input.Roles", text["Error_ROLE_REQUIRED"]);
        else if (await TryAsync(() => accounts.SetRolesAsync(currentActor.Require(), id, Input.Roles), "Input.Roles"))
            return RedirectToPage(new { id });
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id)
    {
        if (await TryAsync(() => accounts.LockAsync(currentActor.Require(), id), "Lock"))
            return RedirectToPage(new { id });
        await LoadAsync(id);
        Input.Roles = [.. await accounts.RolesOfAsync(Account)];
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
            ModelState.AddDomainError(field, e, text);
            return false;
        }
    }

    private async Task LoadAsync(Guid id)
    {
        var actor = currentActor.Require();
        Account = await accounts.FindAsync(actor, id);
        LockedOut = accounts.IsLockedOut(Account);
        IsSelf = Account.Id == actor.UserId;
    }
}

public sealed class RolesInput
{
    public List<string> Roles { get; set; } = [];
}
