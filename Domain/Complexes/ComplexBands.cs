namespace Housing.Domain.Complexes;

/// <summary>Household-count bands K-apt groups similar complexes by.</summary>
public enum HouseholdBand { Under150, From150To299, From300To499, From500To999, From1000 }

/// <summary>Building-age bands (years since use approval) K-apt groups similar complexes by.</summary>
public enum AgeBand { UpTo5Years, From6To10Years, From11To15Years, From16To20Years, From21To25Years, From26To30Years, Over30Years }

/// <summary>The band arithmetic behind "similar complexes" (same type and heating, similar size and age).</summary>
public static class ComplexBands
{
    private static readonly (HouseholdBand Band, int Min, int Max)[] HouseholdRanges =
    [
        (HouseholdBand.Under150, 0, 149),
        (HouseholdBand.From150To299, 150, 299),
        (HouseholdBand.From300To499, 300, 499),
        (HouseholdBand.From500To999, 500, 999),
        (HouseholdBand.From1000, 1000, int.MaxValue),
    ];

    private static readonly (AgeBand Band, int MinYears, int MaxYears)[] AgeRanges =
    [
        (AgeBand.UpTo5Years, 0, 5),
        (AgeBand.From6To10Years, 6, 10),
        (AgeBand.From11To15Years, 11, 15),
        (AgeBand.From16To20Years, 16, 20),
        (AgeBand.From21To25Years, 21, 25),
        (AgeBand.From26To30Years, 26, 30),
        (AgeBand.Over30Years, 31, 1000),
    ];

    /// <summary>Each household band with its smallest and largest household count, smallest first.</summary>
    public static IReadOnlyList<(HouseholdBand Band, int Min, int Max)> HouseholdBands => HouseholdRanges;

    /// <summary>Each age band with its fewest and most full years since approval, youngest first.</summary>
    public static IReadOnlyList<(AgeBand Band, int MinYears, int MaxYears)> AgeBands => AgeRanges;

    public static HouseholdBand HouseholdBandOf(int households) =>
        HouseholdRanges.First(r => households <= r.Max).Band;

    public static (int Min, int Max) HouseholdRange(HouseholdBand band) =>
        HouseholdRanges.Where(r => r.Band == band).Select(r => (r.Min, r.Max)).First();

    /// <summary>Full years from use approval to <paramref name="asOf"/>; 0 in the first year (and before approval).</summary>
    public static int AgeInYears(DateOnly approvedOn, DateOnly asOf)
    {
        var years = asOf.Year - approvedOn.Year;
        if (asOf < approvedOn.AddYears(years)) years--;
        return Math.Max(0, years);
    }

    public static AgeBand AgeBandOf(DateOnly approvedOn, DateOnly asOf)
    {
        var age = AgeInYears(approvedOn, asOf);
        return AgeRanges.First(r => age <= r.MaxYears).Band;
    }

    /// <summary>The approval dates whose age on <paramref name="asOf"/> falls in the band: after <c>ApprovedAfter</c>, on or before <c>ApprovedOnOrBefore</c>.</summary>
    public static (DateOnly ApprovedAfter, DateOnly ApprovedOnOrBefore) ApprovalRange(AgeBand band, DateOnly asOf)
    {
        var (min, max) = AgeRanges.Where(r => r.Band == band).Select(r => (r.MinYears, r.MaxYears)).First();
        var after = max >= 1000 ? DateOnly.MinValue : asOf.AddYears(-(max + 1));
        var onOrBefore = min == 0 ? DateOnly.MaxValue : asOf.AddYears(-min);
        return (after, onOrBefore);
    }
}

/// <summary>Query helpers over complexes that translate to SQL.</summary>
public static class ComplexQueries
{
    /// <summary>
    /// Complexes similar to <paramref name="complex"/> as K-apt compares them: same housing type and heating,
    /// same household band and same age band on <paramref name="asOf"/>; the complex itself excluded.
    /// A complex without an approval date has no age band and therefore no peers.
    /// </summary>
    public static IQueryable<Complex> PeersOf(this IQueryable<Complex> complexes, Complex complex, DateOnly asOf) =>
        complexes.PeersOnAnyOf(complex, [asOf]);

    /// <summary>
    /// Complexes that are peers of <paramref name="complex"/> on at least one of <paramref name="dates"/> (as <see cref="PeersOf"/>
    /// on each, in one query); <see cref="PeerApprovalRange"/> tells which of them are peers on one date.
    /// </summary>
    public static IQueryable<Complex> PeersOnAnyOf(this IQueryable<Complex> complexes, Complex complex, IReadOnlyCollection<DateOnly> dates)
    {
        if (complex.ApprovedOn is null || dates.Count == 0)
            return complexes.Where(_ => false);
        var ranges = dates.Select(d => PeerApprovalRange(complex, d)!.Value).ToList();
        var after = ranges.Min(r => r.ApprovedAfter);
        var onOrBefore = ranges.Max(r => r.ApprovedOnOrBefore);
        var (minHouseholds, maxHouseholds) = ComplexBands.HouseholdRange(complex.HouseholdBand);
        var id = complex.Id;
        var housing = complex.HousingType;
        var heating = complex.HeatingType;
        return complexes.Where(c => c.Id != id
            && c.HousingType == housing
            && c.HeatingType == heating
            && c.HouseholdCount >= minHouseholds && c.HouseholdCount <= maxHouseholds
            && c.ApprovedOn != null && c.ApprovedOn > after && c.ApprovedOn <= onOrBefore);
    }

    /// <summary>The approval dates of <paramref name="complex"/>'s peers on <paramref name="asOf"/> (its age band then); none without an approval date.</summary>
    public static (DateOnly ApprovedAfter, DateOnly ApprovedOnOrBefore)? PeerApprovalRange(Complex complex, DateOnly asOf) =>
        complex.ApprovedOn is { } approvedOn ? ComplexBands.ApprovalRange(ComplexBands.AgeBandOf(approvedOn, asOf), asOf) : null;

    /// <summary>Complexes that must disclose their fees (100+ households).</summary>
    public static IQueryable<Complex> SubjectToDisclosure(this IQueryable<Complex> complexes) =>
        complexes.Where(c => c.HouseholdCount >= Complex.DisclosureThreshold);

    /// <summary>Complexes a staff user manages on a date.</summary>
    public static IQueryable<Complex> ManagedBy(this IQueryable<Complex> complexes, Guid userId, DateOnly on) =>
        complexes.Where(c => c.Managers.Any(m => m.UserId == userId && m.From <= on && (m.Until == null || m.Until >= on)));
}
