using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Infrastructure.DemoData;

/// <summary>The people the demo history is acted out by, as the application services expect them.</summary>
public static class DemoActors
{
    /// <summary>The complex's current manager (its demo account or its generated one), the longest serving when it has a deputy.</summary>
    public static Actor ManagerOf(Complex complex)
    {
        var assignment = complex.Managers.Where(m => m.Until is null).MinBy(m => m.From)!;
        return new Actor(assignment.UserId, $"{complex.Name} 관리소장", new HashSet<string> { Roles.ComplexManager }, ComplexId: complex.Id,
            IpAddress: "211.36.140.10");
    }

    /// <summary>A resident acting in the apps; residents without an account act under their resident id.</summary>
    public static Actor Of(Resident resident) =>
        new(resident.UserId ?? resident.Id, resident.Name, new HashSet<string> { Roles.Resident }, ComplexId: resident.ComplexId,
            ResidentId: resident.Id, HouseholdId: resident.HouseholdId, IpAddress: "175.223.10.20");
}
