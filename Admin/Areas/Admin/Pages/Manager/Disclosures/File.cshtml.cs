using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Housing.Admin.Manager;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using KoreanCalendar = Housing.Domain.Common.KoreanCalendar;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Disclosures;

/// <summary>
/// The monthly management-fee filing (관리비 공개) of the manager's complex: every K-apt item grouped as K-apt groups them.
/// A first post checks the figures (each field's mistake next to it; items unusual against the complex's own last
/// 12 months flagged beside them); filing needs the very figures that were checked. A filed month is corrected with a reason.
/// </summary>
public sealed class FileModel(
    DisclosureService disclosures,
    ManagedComplexes managed,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<ManagerResource> text) : PageModel
{
    public const string CheckIntent = "check";
    public const string FileIntent = "file";

    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    [BindProperty]
    public FilingInput Input { get; set; } = new();

    [BindProperty(Name = "intent")]
    public string? Intent { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Filed { get; set; }

    public ComplexChoice Choice { get; private set; } = null!;

    /// <summary>The month as filed so far, if it was.</summary>
    public DisclosureMonth? Existing { get; private set; }

    /// <summary>The complex's recent months, newest first.</summary>
    public IReadOnlyList<DisclosureMonth> Recent { get; private set; } = [];

    /// <summary>The outlier warnings by item code; null until the figures were checked.</summary>
    public IReadOnlyDictionary<string, OutlierWarning>? Warnings { get; private set; }

    public static IEnumerable<IGrouping<FeeGroup, FeeItem>> Groups =>
        FeeCatalog.Items.Where(i => i.Unit == FeeUnit.Krw).GroupBy(i => i.Group);

    public static string NameOf(FeeItem item) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko" ? item.KoreanName : item.EnglishName;

    public async Task OnGetAsync(string? month, CancellationToken ct)
    {
        var current = YearMonth.From(KoreanCalendar.Today(clock));
        Input.Month = YearMonth.TryParse(month, out var asked) ? asked.ToString() : current.AddMonths(-1).ToString();
        await LoadAsync(ct);
        if (Existing is { IsDisclosed: true } filed)
        {
            Input.Amounts = filed.Items.ToDictionary(i => i.ItemCode, i => (string?)i.Amount.ToString(CultureInfo.InvariantCulture));
            Input.RepairReserveRate = filed.RepairReserveRate?.ToString(CultureInfo.InvariantCulture);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var command = Parse();
        if (command is null)
            return Page();
        var actor = currentActor.Require();
        try
        {
            var key = CheckedKeyOf(command);
            if (Intent != FileIntent || Input.CheckedKey != key)
            {
                Warnings = await WarningsAsync(command, await disclosures.CheckDisclosureAsync(actor, command, ct), ct);
                ModelState.Remove("Input.CheckedKey");
                Input.CheckedKey = key;
                if (Intent == FileIntent)
                    ModelState.AddModelError("Input.CheckedKey", text["Error_FIGURES_CHANGED"]);
                return Page();
            }
            await disclosures.FileDisclosureAsync(actor, command, ct);
            return RedirectToPage(new { complex = Choice.Current.Id, month = command.Month.ToString(), filed = true });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(FieldOf(e.Code), e, text);
            return Page();
        }
    }

    /// <summary>Reads the typed figures; each one that is not a whole amount of 0 KRW or more is refused next to its field.</summary>
    private FileDisclosureCommand? Parse()
    {
        if (!YearMonth.TryParse(Input.Month, out var month))
            ModelState.AddModelError("Input.Month", text["Error_MONTH_INVALID"]);
        var amounts = new Dictionary<string, long>();
        foreach (var item in FeeCatalog.AmountItems)
        {
            var typed = Input.Amounts.GetValueOrDefault(item.Code);
            if (string.IsNullOrWhiteSpace(typed)) continue;
            var field = $"Input.Amounts[{item.Code}]";
            if (!long.TryParse(typed.Replace(" ", ""), NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
                ModelState.AddModelError(field, string.Format(text["Error_AMOUNT_NOT_A_NUMBER"], NameOf(item)));
            else if (amount < 0)
                ModelState.AddModelError(field, string.Format(text["Error_AMOUNT_NEGATIVE"], NameOf(item)));
            else
                amounts[item.Code] = amount;
        }
        double? rate = null;
        if (!string.IsNullOrWhiteSpace(Input.RepairReserveRate))
        {
            if (!double.TryParse(Input.RepairReserveRate, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) || !double.IsFinite(r))
                ModelState.AddModelError("Input.RepairReserveRate", text["Error_RATE_NOT_A_NUMBER"]);
            else if (r < 0)
                ModelState.AddModelError("Input.RepairReserveRate", text["Error_NEGATIVE_RATE"]);
            else
                rate = r;
        }
        if (Existing is { IsDisclosed: true } && string.IsNullOrWhiteSpace(Input.CorrectionReason))
            ModelState.AddModelError("Input.CorrectionReason", text["Error_CORRECTION_REASON_REQUIRED"]);
        return ModelState.IsValid
            ? new FileDisclosureCommand(Choice.Current.Id, month, amounts, rate, Existing is { IsDisclosed: true } ? Input.CorrectionReason : null)
            : null;
    }

    private async Task<Dictionary<string, OutlierWarning>> WarningsAsync(FileDisclosureCommand command, IReadOnlyList<OutlierFlag> flags,
        CancellationToken ct)
    {
        var previous = await disclosures.GetMonthAsync(command.ComplexId, command.Month.AddMonths(-1), ct);
        var balance = OutlierDetector.CheckRepairReserveBalance(command.Amounts, previous is { IsDisclosed: true } ? previous : null);
        var warnings = new Dictionary<string, OutlierWarning>();
        foreach (var flag in flags)
        {
            var won = (double v) => v.ToString("N0", CultureInfo.CurrentCulture);
            var message = flag == balance
                ? string.Format(text["Outlier_Balance"], won(flag.Median))
                : flag.Amount is null
                    ? string.Format(text["Outlier_Missing"], won(flag.Median))
                    : string.Format(text[flag.Amount > flag.High ? "Outlier_High" : "Outlier_Low"], won(flag.Low), won(flag.High), won(flag.Median));
            warnings[flag.ItemCode] = warnings.TryGetValue(flag.ItemCode, out var earlier)
                ? earlier with { Message = earlier.Message + " " + message }
                : new OutlierWarning(flag.ItemCode, message);
        }
        return warnings;
    }

    /// <summary>Names the checked figures, so filing takes exactly what was checked.</summary>
    private static string CheckedKeyOf(FileDisclosureCommand command)
    {
        var text = string.Join(";", command.Amounts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))
            + $"|{command.Month}|{command.RepairReserveRate?.ToString(CultureInfo.InvariantCulture)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string FieldOf(string code) => code switch
    {
        "DISCLOSURE_MONTH_IN_FUTURE" or "BEFORE_APPROVAL" => "Input.Month",
        "CORRECTION_REASON_REQUIRED" => "Input.CorrectionReason",
        "NEGATIVE_RATE" => "Input.RepairReserveRate",
        _ => "",
    };

    private async Task LoadAsync(CancellationToken ct)
    {
        Choice = await managed.ChooseAsync(currentActor.Require(), Complex, ct);
        var current = YearMonth.From(KoreanCalendar.Today(clock));
        Recent = [.. (await disclosures.MonthsAsync(Choice.Current.Id, current.AddMonths(-11), current, ct)).OrderByDescending(m => m.Month)];
        Existing = YearMonth.TryParse(Input.Month, out var month) ? await disclosures.GetMonthAsync(Choice.Current.Id, month, ct) : null;
    }
}

/// <summary>What the page says beside an item that stands out.</summary>
public sealed record OutlierWarning(string ItemCode, string Message);

[LocalizedBy(typeof(ManagerResource))]
public sealed class FilingInput
{
    /// <summary>yyyy-MM, as a month field sends it.</summary>
    public string Month { get; set; } = "";

    /// <summary>The typed figure of each item, by item code, kept as typed so a mistake is shown as it was made.</summary>
    public Dictionary<string, string?> Amounts { get; set; } = [];

    [Display(Name = "Filing_RepairReserveRate")]
    public string? RepairReserveRate { get; set; }

    [Display(Name = "Filing_CorrectionReason")]
    public string? CorrectionReason { get; set; }

    public string? CheckedKey { get; set; }
}
