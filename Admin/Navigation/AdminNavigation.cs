namespace Housing.Admin.Navigation;

/// <summary>One entry of the admin's navigation: a resource key for its label, the Razor page, and who sees it.</summary>
/// <param name="LabelKey">A key of <c>SharedResource</c>.</param>
/// <param name="Page">The page path inside the Admin area, e.g. <c>/Welfare/Cases/Index</c>.</param>
/// <param name="Roles">Roles that see the entry; empty means every staff member.</param>
public sealed record AdminNavigationItem(string LabelKey, string Page, IReadOnlyList<string> Roles)
{
    public bool IsVisibleTo(Func<string, bool> isInRole) => Roles.Count == 0 || Roles.Any(isInRole);
}

/// <summary>The admin's navigation; each screen adds its entry in <c>AddHousingAdmin</c>, and the layout shows a user only theirs.</summary>
public sealed class AdminNavigationOptions
{
    public List<AdminNavigationItem> Items { get; } = [new("Nav_Home", "/Index", [])];
}
