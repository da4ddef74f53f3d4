using Housing.Infrastructure.DemoData.Sources;

namespace Housing.Infrastructure.DemoData;

/// <summary>Where the demo accounts work and live: the complexes and centers they are linked to.</summary>
public static class DemoPlaces
{
    /// <summary><c>manager1</c> manages it and <c>resident1</c> lives in it.</summary>
    public const string ManagerOneComplexName = "당산 삼성래미안";

    /// <summary><c>manager2</c> manages it and <c>resident2</c> lives in it: an LH rental of the 내친구 community.</summary>
    public const string ManagerTwoComplexName = "화성동탄2 LH12단지";

    /// <summary>The district whose office sends documents and whose welfare center the demo welfare staff work at.</summary>
    public const string DistrictSigunguCode = YeongdeungpoComplexes.SigunguCode;

    public static ComplexSource ManagerOneComplex => YeongdeungpoComplexes.All.Single(c => c.Name == ManagerOneComplexName);

    public static ComplexSource ManagerTwoComplex => HwaseongRentalComplexes.All.Single(c => c.Name == ManagerTwoComplexName);

    public static IEnumerable<ComplexSource> AllComplexes => YeongdeungpoComplexes.All.Concat(HwaseongRentalComplexes.All);

    /// <summary>The user name of the generated (password-less) manager account of a complex.</summary>
    public static string ManagerUserName(string kaptCode) => $"mgr.{kaptCode.ToLowerInvariant()}";

    /// <summary>
    /// The mobile number of the manager of the <paramref name="index"/>th demo complex (0-based, in <see cref="AllComplexes"/>'s
    /// order), so documents' SMS reach them and show in the outbox log: 010-0000-0001 on, a block no carrier assigns, clearly a
    /// demo's and nobody's real phone.
    /// </summary>
    public static string ManagerPhone(int index) => $"010-0000-{index + 1:D4}";
}
