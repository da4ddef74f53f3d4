using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

public enum CenterKind
{
    /// <summary>The central housing welfare center (Seoul: run by SH); sees every case.</summary>
    Central,

    /// <summary>A district (자치구) center; sees its own cases and those referred to it.</summary>
    District,
}

/// <summary>A housing welfare center (주거복지센터).</summary>
public sealed class WelfareCenter : AggregateRoot
{
    private WelfareCenter() { }

    private WelfareCenter(string name, CenterKind kind, string? sigunguCode, string? phone, string? address)
    {
        Name = name;
        Kind = kind;
        SigunguCode = sigunguCode;
        Phone = phone;
        Address = address;
    }

    public string Name { get; private set; } = "";

    public CenterKind Kind { get; private set; }

    /// <summary>The district's 5-digit sigungu code (e.g. 11560 영등포구); null for the central center.</summary>
    public string? SigunguCode { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    public bool IsCentral => Kind == CenterKind.Central;

    public static WelfareCenter CreateCentral(string name, string? phone = null, string? address = null) =>
        new(RequireName(name), CenterKind.Central, null, phone, address);

    public static WelfareCenter CreateDistrict(string name, string sigunguCode, string? phone = null, string? address = null)
    {
        if (sigunguCode is not { Length: 5 } || !sigunguCode.All(char.IsAsciiDigit))
            throw new DomainException("INVALID_SIGUNGU_CODE", $"Sigungu code '{sigunguCode}' must be 5 digits, e.g. 11560.");
        return new(RequireName(name), CenterKind.District, sigunguCode, phone, address);
    }

    public void UpdateContact(string name, string? phone, string? address)
    {
        Name = RequireName(name);
        Phone = phone;
        Address = address;
        Touch();
    }

    private static string RequireName(string name) => string.IsNullOrWhiteSpace(name)
        ? throw new DomainException("CENTER_NAME_REQUIRED", "A welfare center needs a name.")
        : name.Trim();
}
