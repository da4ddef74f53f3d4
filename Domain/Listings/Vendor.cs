using Housing.Domain.Common;

namespace Housing.Domain.Listings;

public enum VendorKind { Business, LocalProducer, SocialEconomy, HousingOperator }

/// <summary>An organisation that sells or offers through the market: a shop, a local farm, a social-economy enterprise, a rental operator.</summary>
public sealed class Vendor : AggregateRoot
{
    private Vendor() { Name = BusinessNumber = Phone = ""; }

    private Vendor(string name, string businessNumber, VendorKind kind, string phone, DateTimeOffset at)
    {
        Name = name;
        BusinessNumber = businessNumber;
        Kind = kind;
        Phone = phone;
        RegisteredAt = at;
    }

    public string Name { get; private set; }

    /// <summary>사업자등록번호, 10 digits without dashes; unique.</summary>
    public string BusinessNumber { get; private set; }

    public VendorKind Kind { get; private set; }
    public string Phone { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }

    public static Vendor Register(string name, string businessNumber, VendorKind kind, string phone, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("INVALID_VENDOR", "A vendor needs a name.");
        var digits = NormalizeBusinessNumber(businessNumber);
        return new Vendor(name.Trim(), digits, kind, Complexes.Resident.NormalizePhone(phone), at.ToUniversalTime());
    }

    public static string NormalizeBusinessNumber(string? businessNumber)
    {
        var digits = new string((businessNumber ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 10
            ? digits
            : throw new DomainException("INVALID_VENDOR", $"'{businessNumber}' is not a business registration number; expected 10 digits, e.g. 123-45-67890.");
    }
}
