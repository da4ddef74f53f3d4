namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>A housing welfare center: the central one (run by SH) or one of a Seoul district.</summary>
public sealed record WelfareCenterSource(
    string Code,
    string Name,
    string SigunguCode,
    string SigunguName,
    bool IsCentral,
    string OperatorName,
    string Address,
    string Phone,
    IReadOnlyList<WelfareStaffSource> Staff);

/// <summary>A person working at a center; the first of each center is its manager.</summary>
public sealed record WelfareStaffSource(string Name, string Position, bool IsCenterManager, string Phone);

/// <summary>Seoul's 26 housing welfare centers: the central center and one per autonomous district.</summary>
public static class SeoulWelfareCenters
{
    public const string CentralCode = "SEOUL-CENTRAL";
    private const int Seed = 1100;

    /// <summary>The 25 autonomous districts of Seoul with their sigungu codes and the road of their center.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Road)> Districts =
    [
        ("11110", "종로구", "종로"), ("11140", "중구", "퇴계로"), ("11170", "용산구", "한강대로"),
        ("11200", "성동구", "왕십리로"), ("11215", "광진구", "자양로"), ("11230", "동대문구", "천호대로"),
        ("11260", "중랑구", "망우로"), ("11290", "성북구", "보문로"), ("11305", "강북구", "도봉로"),
        ("11320", "도봉구", "방학로"), ("11350", "노원구", "동일로"), ("11380", "은평구", "통일로"),
        ("11410", "서대문구", "연희로"), ("11440", "마포구", "월드컵로"), ("11470", "양천구", "목동동로"),
        ("11500", "강서구", "화곡로"), ("11530", "구로구", "구로중앙로"), ("11545", "금천구", "시흥대로"),
        ("11560", "영등포구", "당산로"), ("11590", "동작구", "노량진로"), ("11620", "관악구", "관악로"),
        ("11650", "서초구", "남부순환로"), ("11680", "강남구", "개포로"), ("11710", "송파구", "올림픽로"),
        ("11740", "강동구", "천호대로"),
    ];

    // Districts contract the centers out to housing-welfare non-profits.
    private static readonly string[] Operators =
    [
        "(사)한국주거복지협회", "(사)나눔과미래", "(재)함께하는주거복지", "(사)주거복지연대", "(사)새날주거복지", "(사)희망의집짓기",
    ];

    private static IReadOnlyList<WelfareCenterSource>? _all;

    /// <summary>The central center first, then the 25 district centers in code order.</summary>
    public static IReadOnlyList<WelfareCenterSource> All => _all ??= Generate();

    public static WelfareCenterSource Central => All[0];

    public static WelfareCenterSource OfDistrict(string sigunguCode) => All.Single(c => !c.IsCentral && c.SigunguCode == sigunguCode);

    public static List<WelfareCenterSource> Generate()
    {
        var random = new DemoRandom(Seed);
        var centers = new List<WelfareCenterSource>
        {
            new(CentralCode, "서울주거복지센터(중앙)", "11680", "강남구", IsCentral: true, "서울주택도시공사(SH)",
                "서울특별시 강남구 개포로 621", "02-3410-7000", StaffOf(random, 6)),
        };
        foreach (var (code, name, road) in Districts)
        {
            centers.Add(new WelfareCenterSource(
                $"SEOUL-{code}", $"{name} 주거복지센터", code, name, IsCentral: false, random.Pick(Operators),
                $"서울특별시 {name} {road} {random.Between(10, 300)}", $"02-{random.Between(2000, 2999)}-{random.Digits(4)}",
                StaffOf(random, random.Between(3, 5))));
        }
        return centers;
    }

    private static List<WelfareStaffSource> StaffOf(DemoRandom random, int count)
    {
        var staff = new List<WelfareStaffSource> { new(KoreanNames.Person(random), "센터장", true, KoreanNames.MobilePhone(random)) };
        for (var i = 1; i < count; i++)
            staff.Add(new WelfareStaffSource(KoreanNames.Person(random), i == 1 ? "팀장" : "사례관리자", false, KoreanNames.MobilePhone(random)));
        return staff;
    }
}
