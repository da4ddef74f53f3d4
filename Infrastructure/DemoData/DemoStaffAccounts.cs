using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// Accounts for the demo's many staff beyond the listed demo accounts (a manager per complex, the welfare
/// centers' workers). They have no password, so nobody signs in with them until an admin sets one.
/// </summary>
public sealed class DemoStaffAccounts(HousingDbContext db)
{
    private Dictionary<string, Guid>? _roles;

    public async Task<HousingUser> FindAsync(string userName, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct)
        ?? throw new InvalidOperationException($"The demo account '{userName}' does not exist; demo data is seeded after the demo accounts.");

    /// <summary>Adds an account with one role, linked by <paramref name="link"/> to its organisation; the caller saves.</summary>
    public async Task<HousingUser> AddAsync(string userName, string displayName, string role, Action<HousingUser> link, CancellationToken ct)
    {
        _roles ??= await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var email = $"{userName}@demo.housing.local";
        var user = new HousingUser(userName, displayName)
        {
            NormalizedUserName = userName.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
        };
        link(user);
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = _roles[role] });
        return user;
    }
}
