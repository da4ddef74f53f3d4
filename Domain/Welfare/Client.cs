using CultureInfo = System.Globalization.CultureInfo;
using System.Text.RegularExpressions;
using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>Income level as the welfare system classifies it (기준 중위소득 bands).</summary>
public enum IncomeLevel
{
    Unknown,

    /// <summary>국민기초생활보장 수급자.</summary>
    BasicLivelihoodRecipient,

    /// <summary>차상위계층.</summary>
    NearPoverty,

    /// <summary>Up to 50 % of the median income.</summary>
    MedianUpTo50,

    /// <summary>Up to 100 % of the median income.</summary>
    MedianUpTo100,

    AboveMedian,
}

/// <summary>
/// A person the centers help. Contact data is plain; the resident registration number is held only
/// when a legal basis is recorded, only encrypted (<see cref="IPersonalDataProtector"/>), and shown masked.
/// </summary>
public sealed partial class Client : AggregateRoot
{
    private readonly List<ClientHouseholdMember> _householdMembers = [];

    private Client() { }

    private Client(Guid registeredByCenterId, string name, DateOnly birthDate, DateTimeOffset registeredAt)
    {
        RegisteredByCenterId = registeredByCenterId;
        Name = name;
        BirthDate = birthDate;
        RegisteredAt = registeredAt;
    }

    public Guid RegisteredByCenterId { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly BirthDate { get; private set; }

    public string? Phone { get; private set; }

    public string? Address { get; private set; }

    public IncomeLevel IncomeLevel { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The encrypted resident registration number; never the plain number.</summary>
    public string? ProtectedRegistrationNumber { get; private set; }

    /// <summary>The number as it may be shown: <c>711231-*******</c>.</summary>
    public string? MaskedRegistrationNumber { get; private set; }

    /// <summary>The law that allows holding the number (개인정보 보호법 §24-2: only where a statute requires it).</summary>
    public string? RegistrationNumberLegalBasis { get; private set; }

    public IReadOnlyList<ClientHouseholdMember> HouseholdMembers => _householdMembers;

    /// <summary>The name as lists show it: 홍*동.</summary>
    public string MaskedName => MaskName(Name);

    /// <summary>The phone as lists show it: 010-****-5678.</summary>
    public string? MaskedPhone => Phone is null ? null : MaskPhone(Phone);

    internal static Client Register(Guid centerId, ClientDetails details, DateTimeOffset now)
    {
        var client = new Client(centerId, RequireName(details.Name), details.BirthDate, now);
        client.Apply(details, now);
        return client;
    }

    internal void Update(ClientDetails details, DateTimeOffset now)
    {
        // The stored number is encrypted; its shown part (YYMMDD) still has to agree with a changed birth date.
        if (MaskedRegistrationNumber is { } masked && details.BirthDate != BirthDate
            && masked[..6] != details.BirthDate.ToString("yyMMdd", CultureInfo.InvariantCulture))
            throw new DomainException("RRN_BIRTH_DATE_MISMATCH",
                $"The birth date {details.BirthDate:yyyy-MM-dd} contradicts the stored registration number {masked}; "
                + "remove or correct the number before changing the birth date.");
        Name = RequireName(details.Name);
        BirthDate = details.BirthDate;
        _householdMembers.Clear();
        Apply(details, now);
        Touch();
    }

    private void Apply(ClientDetails details, DateTimeOffset now)
    {
        if (details.BirthDate > KoreanCalendar.DateOf(now))
            throw new DomainException("BIRTH_DATE_IN_FUTURE", $"Birth date {details.BirthDate:yyyy-MM-dd} is in the future.");
        Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim();
        Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim();
        IncomeLevel = details.IncomeLevel;
        foreach (var m in details.HouseholdMembers ?? [])
            _householdMembers.Add(ClientHouseholdMember.Create(m.Name, m.Relationship, m.BirthDate));
    }

    /// <summary>Stores the number encrypted; requires the legal basis that allows holding it.</summary>
    internal void SetRegistrationNumber(string number, string legalBasis, IPersonalDataProtector protector)
    {
        if (string.IsNullOrWhiteSpace(legalBasis))
            throw new DomainException("RRN_LEGAL_BASIS_REQUIRED",
                "A resident registration number may be held only where a law allows it; name the legal basis.");
        var normalized = NormalizeRegistrationNumber(number);
        var encoded = RegistrationNumberBirthDate(normalized);
        if (encoded != BirthDate)
            throw new DomainException("RRN_BIRTH_DATE_MISMATCH",
                $"The registration number gives the birth date {encoded:yyyy-MM-dd}, but the client's birth date is {BirthDate:yyyy-MM-dd}; "
                + "the number's first six digits (YYMMDD, the century from the seventh digit) must give the birth date.");
        ProtectedRegistrationNumber = protector.Protect(normalized);
        MaskedRegistrationNumber = $"{normalized[..6]}-*******";
        RegistrationNumberLegalBasis = legalBasis.Trim();
        Touch();
    }

    internal void RemoveRegistrationNumber()
    {
        ProtectedRegistrationNumber = null;
        MaskedRegistrationNumber = null;
        RegistrationNumberLegalBasis = null;
        Touch();
    }

    internal string? RevealRegistrationNumber(IPersonalDataProtector protector)
    {
        if (ProtectedRegistrationNumber is null) return null;
        var n = protector.Unprotect(ProtectedRegistrationNumber);
        return $"{n[..6]}-{n[6..]}";
    }

    /// <summary>Accepts 7112311234567 or 711231-1234567; returns the 13 digits.</summary>
    public static string NormalizeRegistrationNumber(string number)
    {
        var trimmed = (number ?? "").Trim();
        if (!RegistrationNumberPattern().IsMatch(trimmed))
            throw new DomainException("INVALID_RRN", "A resident registration number is 13 digits, written 711231-1234567.");
        return trimmed.Replace("-", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// The birth date the 13 digits encode: YYMMDD, the century from the seventh digit (1, 2, 5, 6: 1900s; 3, 4, 7, 8: 2000s;
    /// 9, 0: 1800s). Refuses a date part that is no date.
    /// </summary>
    public static DateOnly RegistrationNumberBirthDate(string digits)
    {
        var century = digits[6] switch
        {
            '1' or '2' or '5' or '6' => 1900,
            '3' or '4' or '7' or '8' => 2000,
            _ => 1800,
        };
        var year = century + int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var month = int.Parse(digits[2..4], CultureInfo.InvariantCulture);
        var day = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            throw new DomainException("INVALID_RRN",
                $"The registration number's date part {digits[..6]} is not a date of {year}; it is YYMMDD (month 01 to 12, a day of that month).");
        return new DateOnly(year, month, day);
    }

    public static string MaskName(string name) => name.Length switch
    {
        <= 1 => "*",
        2 => $"{name[0]}*",
        _ => $"{name[0]}{new string('*', name.Length - 2)}{name[^1]}",
    };

    public static string MaskPhone(string phone)
    {
        var parts = phone.Split('-');
        if (parts.Length == 3) return $"{parts[0]}-{new string('*', parts[1].Length)}-{parts[2]}";
        return phone.Length <= 4 ? new string('*', phone.Length) : new string('*', phone.Length - 4) + phone[^4..];
    }

    private static string RequireName(string name) => string.IsNullOrWhiteSpace(name)
        ? throw new DomainException("CLIENT_NAME_REQUIRED", "A client needs a name.")
        : name.Trim();

    [GeneratedRegex(@"^\d{6}-?\d{7}$")]
    private static partial Regex RegistrationNumberPattern();
}

/// <summary>Someone living with the client (가구원).</summary>
public sealed class ClientHouseholdMember : Entity
{
    private ClientHouseholdMember() { }

    private ClientHouseholdMember(string name, string relationship, DateOnly? birthDate)
    {
        Name = name;
        Relationship = relationship;
        BirthDate = birthDate;
    }

    public string Name { get; private set; } = "";

    /// <summary>Relationship to the client, e.g. 배우자, 자녀, 부모.</summary>
    public string Relationship { get; private set; } = "";

    public DateOnly? BirthDate { get; private set; }

    internal static ClientHouseholdMember Create(string name, string relationship, DateOnly? birthDate)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(relationship))
            throw new DomainException("HOUSEHOLD_MEMBER_INVALID", "A household member needs a name and a relationship to the client.");
        return new ClientHouseholdMember(name.Trim(), relationship.Trim(), birthDate);
    }
}

public sealed record HouseholdMemberInput(string Name, string Relationship, DateOnly? BirthDate = null);

/// <summary>What a center records about a client.</summary>
public sealed record ClientDetails(
    string Name,
    DateOnly BirthDate,
    string? Phone,
    string? Address,
    IncomeLevel IncomeLevel,
    IReadOnlyList<HouseholdMemberInput>? HouseholdMembers = null);
