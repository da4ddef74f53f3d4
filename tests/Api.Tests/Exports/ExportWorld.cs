using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.Exports;

/// <summary>
/// Complexes in two districts whose names hold what breaks naive exporters (Korean text, commas, quotes, CR and LF), three
/// months of line items imported through <see cref="DisclosureService"/>, one complex under 100 households (not subject to
/// disclosure) and one month reported as not disclosed. The test keeps what it imported, so the rows an export must hold
/// are computed again here, from the source data.
/// </summary>
public sealed class ExportWorld
{
    public static readonly YearMonth FirstMonth = new(2025, 1);
    public static readonly YearMonth LastMonth = new(2025, 3);

    /// <summary>The columns, as the issue asks for them; no personal data among them.</summary>
    public static readonly string[] Header =
    [
        "kapt_code", "complex_name", "sido", "sigungu_code", "sigungu", "bjd_code", "housing_type", "sale_type", "heating_type",
        "households", "exclusive_area", "month", "item_code", "item_name", "item_group", "amount", "amount_per_m2",
    ];

    private static readonly string[] Names =
    [
        "여의도 \"시범\", 아파트",
        "한강\n자이",
        "\"따옴표\"로 시작하는 단지",
        "쉼표,,와\r\n줄바꿈, 그리고 \"\"",
        "당산 삼성래미안",
        "서초 래미안 퍼스티지",
        "반포 자이",
    ];

    private static readonly string[] Items = ["LABOR", "OFFICE", "CLEANING", "SECURITY", "HEATING_PRIVATE", "REPAIR_RESERVE_CHARGED", "MISC_INCOME"];

    public required HousingApiFactory Api { get; init; }

    public required IReadOnlyList<(Complex Complex, Region Region)> Complexes { get; init; }

    /// <summary>The disclosed months with their amounts.</summary>
    public required IReadOnlyList<(Complex Complex, YearMonth Month, IReadOnlyDictionary<string, long> Amounts)> Months { get; init; }

    /// <summary>Tokens by user name: analyst, analyst2, district (an officer whose account names no district), admin, tenant, seocho (an officer of 11650).</summary>
    public required IReadOnlyDictionary<string, string> Tokens { get; init; }

    public static async Task<ExportWorld> CreateAsync(HousingApiFactory api, int seed = 11)
    {
        var random = new Random(seed);
        var complexes = new List<(Complex, Region)>();
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HousingDbContext>();
            var regions = new[] { Region.Create("서울특별시", "11560", "영등포구"), Region.Create("서울특별시", "11650", "서초구") };
            db.AddRange(regions);
            for (var i = 0; i < Names.Length + 1; i++)
            {
                var region = regions[i < 5 ? 0 : 1];
                var profile = new ComplexProfile(
                    Name: i < Names.Length ? Names[i] : "소규모 연립",
                    BjdCode: region.SigunguCode + "10100",
                    LotAddress: $"{region.FullName} {i + 1}",
                    RoadAddress: null,
                    HousingType: (HousingType)(i % 3),
                    SaleType: SaleType.Sale,
                    HeatingType: (HeatingType)(i % 3),
                    ManagementType: ManagementType.Consigned,
                    HouseholdCount: i < Names.Length ? 150 + 97 * i : 40,
                    BuildingCount: 4,
                    ApprovedOn: new DateOnly(2001 + i, 3, 1),
                    TotalArea: 90_000,
                    ManagedArea: 70_000,
                    ExclusiveArea: Math.Round(10_000 + random.NextDouble() * 50_000, 3),
                    OfficePhone: "02-2670-3114",
                    Operator: HousingOperator.None);
                var complex = Complex.Register($"A{region.SigunguCode[..4]}{i:D4}", region, profile);
                db.Add(complex);
                complexes.Add((complex, region));
            }
            await db.SaveChangesAsync();
        }

        var months = new List<(Complex, YearMonth, IReadOnlyDictionary<string, long>)>();
        foreach (var (complex, _) in complexes)
        {
            await using var scope = api.Services.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<DisclosureService>();
            for (var month = FirstMonth; month <= LastMonth; month = month.AddMonths(1))
            {
                var disclosed = !(complex.Name == Names[4] && month == LastMonth);
                var amounts = disclosed
                    ? Items.Where(_ => random.Next(5) != 0).ToDictionary(code => code, _ => random.NextInt64(10_000, 30_000_000))
                    : [];
                await service.ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(complex.KaptCode, month,
                    amounts.ToDictionary(a => a.Key, a => (long?)a.Value)));
                if (amounts.Count > 0)
                    months.Add((complex, month, amounts));
            }
        }

        var tokens = new Dictionary<string, string>();
        foreach (var (name, role) in new[]
                 {
                     ("analyst", Roles.Analyst), ("analyst2", Roles.Analyst), ("district", Roles.DistrictOfficer), ("admin", Roles.PlatformAdmin),
                     ("tenant", Roles.Resident), ("seocho", Roles.DistrictOfficer),
                 })
        {
            await api.CreateUserAsync(name, role, link: u =>
            {
                u.PhoneNumber = "010-5555-" + (1000 + tokens.Count);
                u.DistrictCode = name == "seocho" ? "11650" : null;
            });
            tokens[name] = await api.TokenForAsync(name);
        }
        return new ExportWorld { Api = api, Complexes = complexes, Months = months, Tokens = tokens };
    }

    /// <summary>
    /// The rows an export of the scope must hold, computed from what was imported: complexes of 100+ households, disclosed
    /// months in the range, the items asked for (all when none), ordered by K-apt code, month and item code.
    /// </summary>
    public IReadOnlyList<string> ExpectedRows(Func<Complex, bool>? complexes = null, IReadOnlyCollection<string>? items = null,
        YearMonth? from = null, YearMonth? to = null)
    {
        var first = from ?? FirstMonth;
        var last = to ?? LastMonth;
        var regions = Complexes.ToDictionary(c => c.Complex.Id, c => c.Region);
        return
        [
            .. Months
                .Where(m => m.Complex.HouseholdCount >= 100 && (complexes?.Invoke(m.Complex) ?? true) && m.Month >= first && m.Month <= last)
                .SelectMany(m => m.Amounts.Where(a => items is null || items.Count == 0 || items.Contains(a.Key)).Select(a => (m.Complex, m.Month, Code: a.Key, Amount: a.Value)))
                .OrderBy(r => r.Complex.KaptCode, StringComparer.Ordinal).ThenBy(r => r.Month).ThenBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => Row(
                    r.Complex.KaptCode, r.Complex.Name, regions[r.Complex.Id].SidoName, regions[r.Complex.Id].SigunguCode, regions[r.Complex.Id].SigunguName,
                    r.Complex.BjdCode, Snake(r.Complex.HousingType), Snake(r.Complex.SaleType), Snake(r.Complex.HeatingType),
                    Number(r.Complex.HouseholdCount), Number(r.Complex.ExclusiveArea), r.Month.ToString(), r.Code, FeeCatalog.Get(r.Code).KoreanName,
                    Snake(FeeCatalog.Get(r.Code).Group), Number(r.Amount), Number(r.Amount / r.Complex.ExclusiveArea))),
        ];
    }

    /// <summary>One row as the tests compare them: its cells joined by a unit separator, numbers in invariant round-trip form.</summary>
    public static string Row(params string?[] cells) => string.Join('\u001F', cells.Select(c => c ?? ""));

    /// <summary>A number as the tests compare it: shortest round-trip invariant text.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value as the schema names it.</summary>
    public static string Snake<T>(T value) where T : struct, Enum => value switch
    {
        HousingType.RowHouse => "ROW_HOUSE",
        HousingType.MixedUse => "MIXED_USE",
        FeeGroup.CommonFee => "COMMON_FEE",
        FeeGroup.IndividualUsage => "INDIVIDUAL_USAGE",
        FeeGroup.OtherUsage => "OTHER_USAGE",
        FeeGroup.RepairReserve => "REPAIR_RESERVE",
        FeeGroup.MiscIncome => "MISC_INCOME",
        _ => value.ToString().ToUpperInvariant(),
    };

    public HttpClient Client(string? user)
    {
        var client = Api.CreateClient();
        if (user is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens[user]);
        return client;
    }

    public const string StartMutation = """
        mutation($input: StartDisclosureExportInput!) {
          startDisclosureExport(input: $input) {
            export { id status format items }
            errors { __typename ... on Error { message } ... on RuleViolationError { code } }
          }
        }
        """;

    public const string ExportFields = "id status format items rowsWritten rowsEstimated progress rowCount fileSize fileName url errorMessage createdAt startedAt completedAt expiresAt requestedByName";

    /// <summary>Starts an export and returns its payload (<c>export</c> and <c>errors</c>).</summary>
    public async Task<JsonElement> StartAsync(string user, string format, object? complexes = null, string[]? items = null,
        string? from = null, string? to = null)
    {
        var data = await Api.DataAsync(StartMutation, new
        {
            input = new
            {
                where = new { complexes, from = from ?? FirstMonth.ToString(), to = to ?? LastMonth.ToString() },
                items,
                format,
            },
        }, Tokens[user]);
        return data.GetProperty("startDisclosureExport");
    }

    /// <summary>The export as <c>node(id:)</c> shows it to <paramref name="user"/>; null when that user may not see it.</summary>
    public async Task<JsonElement?> ExportAsync(string user, string id)
    {
        var node = (await Api.DataAsync($"query($id: ID!) {{ node(id: $id) {{ ... on DisclosureExport {{ {ExportFields} }} }} }}", new { id }, Tokens[user]))
            .GetProperty("node");
        return node.ValueKind == JsonValueKind.Null ? null : node;
    }

    /// <summary>Polls the export until it is no longer queued or running (the scheduler runs it), at most a minute.</summary>
    public async Task<JsonElement> FinishedAsync(string user, string id)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var export = await ExportAsync(user, id) ?? throw new Xunit.Sdk.XunitException($"Export {id} is not visible to {user}.");
            var status = export.GetProperty("status").GetString();
            if (status is not ("QUEUED" or "RUNNING"))
                return export;
            if (DateTime.UtcNow > until)
                throw new Xunit.Sdk.XunitException($"Export {id} is still {status} after a minute.");
            await Task.Delay(100);
        }
    }
}
