using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>A person living in a household of a complex; may have a user account for the apps.</summary>
public sealed class Resident : AggregateRoot
{
    private Resident() { Name = Phone = ""; }

    private Resident(Household household, string name, string phone, Guid? userId, DateOnly joinedOn)
    {
        HouseholdId = household.Id;
        ComplexId = household.ComplexId;
        Name = name;
        Phone = phone;
        UserId = userId;
        JoinedOn = joinedOn;
    }

    public Guid HouseholdId { get; private set; }

    /// <summary>The complex of the household, kept here so "residents of a complex" needs no join.</summary>
    public Guid ComplexId { get; private set; }

    public string Name { get; private set; }
    public string Phone { get; private set; }
    public Guid? UserId { get; private set; }

    /// <summary>A member of the residents' representative council (입주자대표회의), who may request common-point spending.</summary>
    public bool IsRepresentative { get; private set; }

    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }

    public bool IsActive => LeftOn is null;

    public static Resident Join(Household household, string name, string phone, Guid? userId, DateOnly on)
    {
        household.RequireActive();
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("INVALID_RESIDENT", "A resident needs a name.");
        return new Resident(household, name.Trim(), NormalizePhone(phone), userId, on);
    }

    public void ChangeContact(string name, string phone)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("INVALID_RESIDENT", "A resident needs a name.");
        Name = name.Trim();
        Phone = NormalizePhone(phone);
        Touch();
    }

    public void LinkAccount(Guid userId)
    {
        if (userId == Guid.Empty)
            throw new DomainException("INVALID_RESIDENT", "The user account id is empty.");
        UserId = userId;
        Touch();
    }

    public void SetRepresentative(bool isRepresentative)
    {
        RequireActive();
        IsRepresentative = isRepresentative;
        Touch();
    }

    public void Leave(Household household, DateOnly on)
    {
        RequireActive();
        if (on < JoinedOn)
            throw new DomainException("INVALID_RESIDENT", $"A resident who joined on {JoinedOn:yyyy-MM-dd} cannot leave before, on {on:yyyy-MM-dd}.");
        LeftOn = on;
        IsRepresentative = false;
        household.ClearHead(Id);
        Touch();
    }

    internal void RequireActive()
    {
        if (!IsActive)
            throw new DomainException("RESIDENT_LEFT", $"Resident {Name} left on {LeftOn:yyyy-MM-dd}.");
    }

    /// <summary>Keeps digits only (010-1234-5678 → 01012345678) and checks a plausible Korean number (or an 8-digit 1xxx-xxxx one).</summary>
    public static string NormalizePhone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        var nationwide = digits.Length == 8 && digits[0] == '1';
        if (!nationwide && (digits.Length is < 9 or > 11 || digits[0] != '0'))
            throw new DomainException("INVALID_PHONE", $"'{phone}' is not a phone number; expected e.g. 010-1234-5678.");
        return digits;
    }
}
