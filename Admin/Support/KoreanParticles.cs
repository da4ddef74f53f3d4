using Microsoft.Extensions.Localization;

namespace Housing.Admin.Support;

/// <summary>
/// Korean particles after a word only known when a message is made (a field's label, a typed value): templates write both
/// forms, <c>은(는)</c>, <c>이(가)</c>, <c>을(를)</c>, <c>과(와)</c>, <c>(으)로</c>, and <see cref="Resolve"/> keeps the one the word
/// before it takes, by how that word ends when read aloud.
/// </summary>
/// <remarks>
/// The word read is the text before the particle without trailing quotes and without a trailing parenthesised part
/// (<c>금액(원)</c> reads as <c>금액</c>: 금액은). Its last character decides: a Hangul syllable by its final consonant; a digit
/// or a Latin letter by its Korean reading (1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영; l 엘, m 엠, n 엔, r 알). Anything else
/// leaves both forms, which still reads correctly.
/// </remarks>
public static class KoreanParticles
{
    private enum Final { None, Rieul, Other }

    private static readonly (string Both, string AfterConsonant, string AfterVowel)[] Particles =
    [
        ("은(는)", "은", "는"), ("이(가)", "이", "가"), ("을(를)", "을", "를"), ("과(와)", "과", "와"), ("(으)로", "으로", "로"),
    ];

    private const string Quotes = "'\"‘’“”「」『』";

    public static string Resolve(string text)
    {
        if (!text.Contains('(')) return text;
        var result = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var particle = Array.FindIndex(Particles, p => string.CompareOrdinal(text, i, p.Both, 0, p.Both.Length) == 0);
            if (particle < 0)
            {
                result.Append(text[i++]);
                continue;
            }
            var (both, afterConsonant, afterVowel) = Particles[particle];
            result.Append(FinalOf(result.ToString()) switch
            {
                Final.None => afterVowel,
                // (으)로 takes 로 after ㄹ as after a vowel: 서울로, 길로.
                Final.Rieul => both == "(으)로" ? afterVowel : afterConsonant,
                Final.Other => afterConsonant,
                _ => both,
            });
            i += both.Length;
        }
        return result.ToString();
    }

    /// <summary>How the word ending <paramref name="text"/> ends when read; null when it cannot be told.</summary>
    private static Final? FinalOf(string text)
    {
        var word = text.AsSpan().TrimEnd();
        while (true)
        {
            var trimmed = word.TrimEnd(Quotes).TrimEnd();
            if (trimmed.Length > 0 && trimmed[^1] == ')' && trimmed.LastIndexOf('(') is > 0 and var open)
                trimmed = trimmed[..open].TrimEnd();
            if (trimmed.Length == word.Length) break;
            word = trimmed;
        }
        if (word.IsEmpty) return null;
        var last = word[^1];
        return last switch
        {
            >= '가' and <= '힣' => ((last - '가') % 28) switch { 0 => Final.None, 8 => Final.Rieul, _ => Final.Other },
            '1' or '7' or '8' => Final.Rieul,
            '0' or '3' or '6' => Final.Other,
            '2' or '4' or '5' or '9' => Final.None,
            'l' or 'L' or 'r' or 'R' => Final.Rieul,
            'm' or 'M' or 'n' or 'N' => Final.Other,
            (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') => Final.None,
            _ => null,
        };
    }
}

/// <summary>A localizer whose formatted messages get their Korean particles chosen (<see cref="KoreanParticles.Resolve"/>).</summary>
public sealed class KoreanParticleLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    public LocalizedString this[string name] => inner[name];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var formatted = inner[name, arguments];
            return new LocalizedString(formatted.Name, KoreanParticles.Resolve(formatted.Value), formatted.ResourceNotFound, formatted.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
