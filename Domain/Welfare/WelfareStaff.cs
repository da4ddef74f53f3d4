using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

public enum StaffRole
{
    Caseworker,
    CenterManager,
    CentralStaff,
}

/// <summary>A person working at a welfare center; linked to a platform user account.</summary>
public sealed class WelfareStaff : AggregateRoot
{
    private WelfareStaff() { }

    private WelfareStaff(Guid userId, Guid centerId, string name, StaffRole role)
    {
        UserId = userId;
        CenterId = centerId;
        Name = name;
        Role = role;
        Active = true;
    }

    public Guid UserId { get; private set; }

    public Guid CenterId { get; private set; }

    public string Name { get; private set; } = "";

    public StaffRole Role { get; private set; }

    public bool Active { get; private set; }

    public bool IsManager => Role is StaffRole.CenterManager;

    internal static WelfareStaff Create(Guid userId, WelfareCenter center, string name, StaffRole role)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("STAFF_NAME_REQUIRED", "A staff member needs a name.");
        if (role == StaffRole.CentralStaff && !center.IsCentral)
            throw new DomainException("CENTRAL_STAFF_AT_DISTRICT", "Central staff belong to the central center, not to a district center.");
        return new WelfareStaff(userId, center.Id, name.Trim(), role);
    }

    internal void ChangeRole(StaffRole role, WelfareCenter center)
    {
        if (role == StaffRole.CentralStaff && !center.IsCentral)
            throw new DomainException("CENTRAL_STAFF_AT_DISTRICT", "Central staff belong to the central center, not to a district center.");
        Role = role;
        Touch();
    }

    internal void Deactivate()
    {
        Active = false;
        Touch();
    }

    /// <summary>The platform role a user needs to act as this staff member.</summary>
    public string PlatformRole => Role switch
    {
        StaffRole.Caseworker => Roles.WelfareCaseworker,
        StaffRole.CenterManager => Roles.WelfareCenterManager,
        _ => Roles.CentralCenterStaff,
    };
}
