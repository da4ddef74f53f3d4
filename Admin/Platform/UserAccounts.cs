using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Housing.Admin.Platform;

/// <summary>An account as the platform admin lists it.</summary>
public sealed record UserRow(Guid Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool LockedOut, int FailedSignIns);

/// <summary>The district field of an account form: the known districts and the one chosen (a sigungu code).</summary>
public sealed record DistrictChoice(IReadOnlyList<Region> Districts, string? Selected);

/// <summary>
/// The platform admin's account administration over ASP.NET Core Identity: create, set roles, lock and unlock. An admin
/// cannot lock their own account or take away their own admin role, so the platform never loses its last way in by accident.
/// </summary>
public sealed class UserAccounts(UserManager<HousingUser> users, IHousingStore store, HousingDbContext db, TimeProvider clock)
{
    /// <summary>Roles an account can hold; API clients get theirs from their registration, not from an account.</summary>
    public static IReadOnlyList<string> AssignableRoles { get; } = [.. Roles.All.Where(r => r != Roles.ApiClient)];

    /// <summary>Accounts matching the search (user name or display name) and role, by user name, for paging.</summary>
    public IQueryable<HousingUser> Search(Actor actor, string? term, string? role)
    {
        actor.Require(Roles.PlatformAdmin);
        var query = store.Query<HousingUser>();
        if (term?.Trim() is { Length: > 0 } t)
        {
            var normalized = t.ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(normalized) || u.DisplayName.Contains(t));
        }
        if (role is { Length: > 0 })
        {
            var roleName = role.ToUpperInvariant();
            var roleIds = store.Query<HousingRole>().Where(r => r.NormalizedName == roleName).Select(r => r.Id);
            query = query.Where(u => store.Query<IdentityUserRole<Guid>>().Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }
        return query.OrderBy(u => u.NormalizedUserName);
    }

    /// <summary>The rows of one page of accounts, with their roles read in one query.</summary>
    public async Task<IReadOnlyList<UserRow>> RowsAsync(IReadOnlyList<HousingUser> page, CancellationToken ct)
    {
        var ids = page.Select(u => u.Id).ToList();
        var roles = await store.ToListAsync(
            from ur in store.Query<IdentityUserRole<Guid>>()
            join r in store.Query<HousingRole>() on ur.RoleId equals r.Id
            where ids.Contains(ur.UserId)
            select new { ur.UserId, r.Name }, ct);
        var now = clock.GetUtcNow();
        return page.Select(u => new UserRow(u.Id, u.UserName ?? "", u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(),
                u.LockoutEnd > now, u.AccessFailedCount))
            .ToList();
    }

    public async Task<HousingUser> FindAsync(Actor actor, Guid id)
    {
        actor.Require(Roles.PlatformAdmin);
        return await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException(nameof(HousingUser), id);
    }

    public Task<IList<string>> RolesOfAsync(HousingUser user) => users.GetRolesAsync(user);

    /// <summary>The districts an officer can belong to: the known regions, by sigungu code.</summary>
    public Task<List<Region>> DistrictsAsync(CancellationToken ct) => store.ToListAsync(store.Query<Region>().OrderBy(r => r.SigunguCode), ct);

    public bool IsLockedOut(HousingUser user) => user.LockoutEnd > clock.GetUtcNow();

    /// <summary>Creates the account with its roles; the Identity result's errors say what was refused (name taken, weak password).</summary>
    public async Task<(HousingUser User, IdentityResult Result)> CreateAsync(Actor actor, string userName, string displayName, string password,
        IReadOnlyCollection<string> roles, string? districtCode)
    {
        actor.Require(Roles.PlatformAdmin);
        RequireAssignable(roles);
        var user = new HousingUser(userName.Trim(), displayName.Trim()) { DistrictCode = await DistrictForAsync(roles, districtCode) };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (user, created);
        return (user, await users.AddToRolesAsync(user, roles));
    }

    /// <summary>
    /// Makes the account hold exactly <paramref name="roles"/> and, for a district officer, belong to the district
    /// <paramref name="districtCode"/> (others belong to none), all or nothing. Open admin sessions keep going with the new roles
    /// and district from their next request (the security stamp validator rebuilds the principal on every request), so a page of
    /// a role taken away is refused at once.
    /// </summary>
    public async Task SetRolesAsync(Actor actor, Guid id, IReadOnlyCollection<string> roles, string? districtCode, CancellationToken ct = default)
    {
        var user = await FindAsync(actor, id);
        RequireAssignable(roles);
        if (user.Id == actor.UserId && !roles.Contains(Roles.PlatformAdmin))
            throw new DomainException("CANNOT_DROP_OWN_ADMIN", "You cannot take away your own platform admin role; ask another admin.");
        var district = await DistrictForAsync(roles, districtCode, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        user.DistrictCode = district;
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(current)));
        await transaction.CommitAsync(ct);
    }

    /// <summary>The district an account with <paramref name="roles"/> belongs to: required and known for a district officer, none otherwise.</summary>
    private async Task<string?> DistrictForAsync(IReadOnlyCollection<string> roles, string? districtCode, CancellationToken ct = default)
    {
        if (!roles.Contains(Roles.DistrictOfficer)) return null;
        var code = districtCode?.Trim();
        if (string.IsNullOrEmpty(code))
            throw new DomainException("DISTRICT_REQUIRED", "A district officer needs their district: the sigungu code of a known region.");
        if (!await store.AnyAsync(store.Query<Region>().Where(r => r.SigunguCode == code), ct))
            throw new DomainException("UNKNOWN_DISTRICT", $"There is no region with sigungu code '{code}'; choose one of the known districts.");
        return code;
    }

    /// <summary>
    /// Records the account's mobile number (the SMS of documents and reminders go to it), normalized to 010-1234-5678, or removes
    /// it when <paramref name="phone"/> is empty; a number that is not a Korean mobile one is refused (INVALID_MOBILE_PHONE) and
    /// the stored one kept. The account's sessions go on: the security stamp is left alone.
    /// </summary>
    public async Task SetPhoneAsync(Actor actor, Guid id, string? phone)
    {
        var user = await FindAsync(actor, id);
        user.PhoneNumber = string.IsNullOrWhiteSpace(phone) ? null : MobilePhone.Normalized(phone);
        user.PhoneNumberConfirmed = false;
        Check(await users.UpdateAsync(user));
    }

    /// <summary>Locks the account until an admin unlocks it: no sign-in succeeds, and its open admin sessions end on their next request.</summary>
    public async Task LockAsync(Actor actor, Guid id)
    {
        var user = await FindAsync(actor, id);
        if (user.Id == actor.UserId)
            throw new DomainException("CANNOT_LOCK_SELF", "You cannot lock your own account.");
        // One update: the lockout and the new stamp are saved together with the stamp renewal.
        user.LockoutEnabled = true;
        user.LockoutEnd = IdentityExtensions.LockedByAdministratorUntil;
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Unlocks the account (also after too many failed sign-ins) and clears its failure count.</summary>
    public async Task UnlockAsync(Actor actor, Guid id)
    {
        var user = await FindAsync(actor, id);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    private static void RequireAssignable(IReadOnlyCollection<string> roles)
    {
        if (roles.Count == 0)
            throw new DomainException("ROLE_REQUIRED", "An account needs at least one role.");
        if (roles.FirstOrDefault(r => !AssignableRoles.Contains(r)) is { } unknown)
            throw new DomainException("UNKNOWN_ROLE", $"'{unknown}' is not a role an account can hold.");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
