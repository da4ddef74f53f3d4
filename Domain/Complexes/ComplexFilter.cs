namespace Housing.Domain.Complexes;

/// <summary>
/// A selection of complexes by their K-apt facts, e.g. "every district-heated rental complex of 500+ households":
/// how district officers choose document recipients and how lists are narrowed. Unset criteria match everything.
/// </summary>
public sealed record ComplexFilter(
    Guid? RegionId = null,
    HousingType? HousingType = null,
    SaleType? SaleType = null,
    HeatingType? HeatingType = null,
    ManagementType? ManagementType = null,
    HousingOperator? Operator = null,
    int? MinHouseholds = null,
    int? MaxHouseholds = null,
    bool? SubjectToDisclosure = null,
    string? NameContains = null)
{
    public IQueryable<Complex> Apply(IQueryable<Complex> complexes)
    {
        if (RegionId is { } region) complexes = complexes.Where(c => c.RegionId == region);
        if (HousingType is { } housing) complexes = complexes.Where(c => c.HousingType == housing);
        if (SaleType is { } sale) complexes = complexes.Where(c => c.SaleType == sale);
        if (HeatingType is { } heating) complexes = complexes.Where(c => c.HeatingType == heating);
        if (ManagementType is { } management) complexes = complexes.Where(c => c.ManagementType == management);
        if (Operator is { } op) complexes = complexes.Where(c => c.Operator == op);
        if (MinHouseholds is { } min) complexes = complexes.Where(c => c.HouseholdCount >= min);
        if (MaxHouseholds is { } max) complexes = complexes.Where(c => c.HouseholdCount <= max);
        if (SubjectToDisclosure is { } subject)
            complexes = subject
                ? complexes.Where(c => c.HouseholdCount >= Complex.DisclosureThreshold)
                : complexes.Where(c => c.HouseholdCount < Complex.DisclosureThreshold);
        if (!string.IsNullOrWhiteSpace(NameContains))
        {
            var text = NameContains.Trim();
            complexes = complexes.Where(c => c.Name.Contains(text));
        }
        return complexes;
    }
}
