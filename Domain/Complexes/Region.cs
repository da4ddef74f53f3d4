using Housing.Domain.Common;

namespace Housing.Domain.Complexes;

/// <summary>A district (시군구) within a province or city (시도), e.g. 서울특별시 영등포구 = 11560.</summary>
public sealed class Region : AggregateRoot
{
    private Region() { SidoName = SigunguCode = SigunguName = ""; }

    private Region(string sidoName, string sigunguCode, string sigunguName)
    {
        SidoName = sidoName;
        SigunguCode = sigunguCode;
        SigunguName = sigunguName;
    }

    public string SidoName { get; private set; }

    /// <summary>The 5-digit 시군구 code, the first five digits of every legal-dong code in it.</summary>
    public string SigunguCode { get; private set; }

    public string SigunguName { get; private set; }

    public string FullName => $"{SidoName} {SigunguName}";

    public static Region Create(string sidoName, string sigunguCode, string sigunguName)
    {
        if (!IsSigunguCode(sigunguCode))
            throw new DomainException("INVALID_SIGUNGU_CODE", $"'{sigunguCode}' is not a 시군구 code; expected 5 digits, e.g. 11560.");
        return new Region(Required(sidoName, "sido name"), sigunguCode, Required(sigunguName, "sigungu name"));
    }

    public bool Rename(string sidoName, string sigunguName)
    {
        sidoName = Required(sidoName, "sido name");
        sigunguName = Required(sigunguName, "sigungu name");
        if (sidoName == SidoName && sigunguName == SigunguName) return false;
        SidoName = sidoName;
        SigunguName = sigunguName;
        Touch();
        return true;
    }

    public static bool IsSigunguCode(string? code) => code is { Length: 5 } && code.All(char.IsAsciiDigit);

    private static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new DomainException("INVALID_REGION", $"The {what} is required.")
            : value.Trim();
}
