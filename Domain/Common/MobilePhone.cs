namespace Housing.Domain.Common;

/// <summary>
/// A Korean mobile number (휴대전화), the kind an SMS reaches: 01 and a carrier digit (010, 011, 016, 017, 018, 019), then 7 or 8
/// digits; 010 numbers always have 8. Typed with or without hyphens, spaces or dots, or with the +82 country code; kept as
/// 010-1234-5678.
/// </summary>
public static class MobilePhone
{
    /// <summary>The number in its one stored form, or <c>INVALID_MOBILE_PHONE</c> saying what is allowed.</summary>
    public static string Normalized(string phone)
    {
        var typed = phone.Trim();
        if (typed.StartsWith("+82", StringComparison.Ordinal))
            typed = "0" + typed[3..].TrimStart(' ', '-', '.', '(', ')').TrimStart('0');
        var digits = new string(typed.Where(c => c is not ('-' or ' ' or '.')).ToArray());
        var valid = digits.All(char.IsAsciiDigit) && digits.StartsWith("01", StringComparison.Ordinal) && digits.Length is 10 or 11
            && "016789".Contains(digits[2]) && (digits[2] != '0' || digits.Length == 11);
        if (!valid)
            throw new DomainException("INVALID_MOBILE_PHONE",
                $"'{phone}' is not a Korean mobile number; enter 01 and a carrier digit, then 7 or 8 digits, e.g. 010-1234-5678 (hyphens optional).");
        return $"{digits[..3]}-{digits[3..^4]}-{digits[^4..]}";
    }
}
