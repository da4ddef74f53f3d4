using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Admin.Documents;

/// <summary>
/// The districts the user's document pages act for: a district officer's own (the region of the district code on their
/// account; none when the account has none), every district for a platform admin.
/// </summary>
public sealed class SendingDistricts(IHousingStore store)
{
    public Task<List<Region>> OfAsync(Actor actor, CancellationToken ct)
    {
        var regions = store.Query<Region>();
        if (!actor.IsIn(Roles.PlatformAdmin))
        {
            var code = actor.DistrictCode;
            regions = regions.Where(r => r.SigunguCode == code);
        }
        return store.ToListAsync(regions.OrderBy(r => r.SigunguCode), ct);
    }
}
