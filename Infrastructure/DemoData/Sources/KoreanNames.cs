namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>Plausible Korean personal names and phone numbers for demo people.</summary>
public static class KoreanNames
{
    // Weights follow the rough frequency of the commonest surnames.
    private static readonly (string Item, double Weight)[] Surnames =
    [
        ("김", 21.5), ("이", 14.7), ("박", 8.4), ("최", 4.7), ("정", 4.3), ("강", 2.4), ("조", 2.1), ("윤", 2.1),
        ("장", 2.0), ("임", 1.7), ("한", 1.5), ("오", 1.5), ("서", 1.5), ("신", 1.4), ("권", 1.4), ("황", 1.4),
        ("안", 1.4), ("송", 1.3), ("류", 1.2), ("전", 1.1), ("홍", 1.1), ("고", 0.9), ("문", 0.9), ("양", 0.9),
        ("손", 0.9), ("배", 0.8), ("백", 0.8), ("허", 0.6), ("유", 0.6), ("남", 0.5), ("심", 0.5), ("노", 0.5),
    ];

    private static readonly string[] FirstSyllables =
    [
        "민", "서", "지", "현", "수", "영", "준", "은", "하", "도", "예", "유", "성", "재", "정", "승", "혜", "주",
        "동", "상", "경", "미", "순", "옥", "태", "진", "윤", "채", "소", "우",
    ];

    private static readonly string[] SecondSyllables =
    [
        "준", "우", "연", "진", "호", "희", "민", "아", "윤", "원", "수", "빈", "현", "영", "훈", "숙", "자", "철",
        "석", "은", "서", "율", "환", "경", "정", "미", "혁", "린", "희", "기",
    ];

    public static string Person(DemoRandom random) =>
        random.Pick<string>(Surnames) + random.Pick(FirstSyllables) + random.Pick(SecondSyllables);

    public static string MobilePhone(DemoRandom random) => $"010-{random.Between(2000, 9999)}-{random.Digits(4)}";
}
