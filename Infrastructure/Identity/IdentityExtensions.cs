using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Housing.Infrastructure.Identity;

public static class IdentityExtensions
{
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>The lockout end an administrator's lock sets: the account stays locked until an administrator unlocks it.</summary>
    public static readonly DateTimeOffset LockedByAdministratorUntil = DateTimeOffset.MaxValue;

    /// <summary>True when an administrator locked the account (rather than failed sign-ins for <see cref="LockoutDuration"/>).</summary>
    public static bool IsLockedByAdministrator(this HousingUser user) => user.LockoutEnd == LockedByAdministratorUntil;

    /// <summary>
    /// ASP.NET Core Identity over <see cref="HousingDbContext"/>: hashed passwords, lockout after
    /// <see cref="MaxFailedSignIns"/> failures, JWT-style claim names, and <see cref="ICurrentActor"/>.
    /// The host adds the authentication schemes (admin cookie, bearer tokens).
    /// </summary>
    public static IHostApplicationBuilder AddHousingIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddIdentityCore<HousingUser>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 8;
                options.ClaimsIdentity.UserIdClaimType = HousingClaimTypes.UserId;
                options.ClaimsIdentity.UserNameClaimType = HousingClaimTypes.UserName;
                options.ClaimsIdentity.RoleClaimType = HousingClaimTypes.Role;
            })
            .AddRoles<HousingRole>()
            .AddEntityFrameworkStores<HousingDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<HousingClaimsPrincipalFactory>();
        builder.Services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, HousingSecurityStampValidator>());
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentActor, HttpCurrentActor>();
        return builder;
    }
}
