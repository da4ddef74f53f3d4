using System.ComponentModel.DataAnnotations;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Admin.Welfare;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Welfare.AccessLog;

/// <summary>An access-log entry as the review lists it: whose data only by masked name.</summary>
public sealed record AccessRow(AccessLogEntry Entry, string ClientMaskedName);

/// <summary>A signed-off review with the reviewer's and center's names.</summary>
public sealed record ReviewRow(AccessLogReview Review, string ReviewerName, string CenterName);

/// <summary>
/// The monthly review the privacy rules require: a month of a center's access-log entries (who read whose personal data,
/// when, from where and why) with filters and server paging, the verification of the log's hash chain, and the center
/// manager's sign-off, kept once per center and month.
/// </summary>
public sealed class IndexModel(
    AccessLogService accessLog,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<AccessLogResource> text) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The month reviewed (yyyy-MM); last month by default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    /// <summary>The center reviewed; central staff may choose any, a center manager always sees their own.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Center { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccessAction? Action { get; set; }

    /// <summary>Part of the name of the staff member who read the data.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public SignOffInput SignOff { get; set; } = new();

    public YearMonth ReviewedMonth { get; private set; }

    public WelfareCenter ReviewedCenter { get; private set; } = null!;

    public IReadOnlyList<WelfareCenter> Centers { get; private set; } = [];

    public IReadOnlyList<AccessRow> Rows { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    /// <summary>The month's entries of the center by action, whatever the filters.</summary>
    public IReadOnlyDictionary<AccessAction, int> Counts { get; private set; } = new Dictionary<AccessAction, int>();

    public AccessLogVerification Verification { get; private set; } = null!;

    public ReviewRow? Review { get; private set; }

    public IReadOnlyList<ReviewRow> RecentReviews { get; private set; } = [];

    /// <summary>Whether the user may sign this month off now: the center's own manager, a finished month, not yet signed.</summary>
    public bool CanSignOff { get; private set; }

    public bool MonthIsOver { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostSignOffAsync(CancellationToken ct)
    {
        if (!YearMonth.TryParse(Month, out var month))
            ModelState.AddModelError(nameof(Month), text["Error_MONTH_INVALID"]);
        if (ModelState.IsValid)
        {
            try
            {
                await accessLog.SignOffAccessLogReviewAsync(currentActor.Require(), month, SignOff.Findings.Trim(), ct);
                return RedirectToPage(new { month = month.ToString() });
            }
            catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
            {
                ModelState.AddDomainError("SignOff.Findings", e, text);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var current = YearMonth.From(KoreanCalendar.Today(clock));
        ReviewedMonth = YearMonth.TryParse(Month, out var asked) ? asked : current.AddMonths(-1);
        Month = ReviewedMonth.ToString();
        MonthIsOver = ReviewedMonth < current;
        if (ctx.IsCentral)
        {
            Centers = await store.ToListAsync(store.Query<WelfareCenter>().OrderBy(c => c.Name), ct);
            ReviewedCenter = Centers.FirstOrDefault(c => c.Id == Center) ?? ctx.Center;
        }
        else
        {
            ReviewedCenter = ctx.Center;
        }
        Center = ReviewedCenter.Id;

        var centerId = ReviewedCenter.Id;
        var from = KoreanCalendar.StartOf(ReviewedMonth.FirstDay);
        var to = KoreanCalendar.StartOf(ReviewedMonth.AddMonths(1).FirstDay);
        var month = (await accessLog.AccessLogEntriesAsync(actor, ct)).Where(e => e.CenterId == centerId && e.At >= from && e.At < to);
        Counts = (await store.ToListAsync(month.GroupBy(e => e.Action).Select(g => new { g.Key, Count = g.Count() }), ct))
            .ToDictionary(g => g.Key, g => g.Count);
        var filtered = month;
        if (Action is { } action) filtered = filtered.Where(e => e.Action == action);
        if (Who?.Trim() is { Length: > 0 } who)
        {
            // Entries name readers by their staff name; entries written before that by the account's display name. The
            // staff records' names find both.
            var readers = await store.ToListAsync(store.Query<WelfareStaff>().Where(s => s.Name.Contains(who)).Select(s => s.UserId), ct);
            filtered = filtered.Where(e => e.ActorName.Contains(who) || readers.Contains(e.ActorUserId));
        }
        var page = await PagedList<AccessLogEntry>.ReadAsync(store, filtered, PageNumber, PageSize, ct);
        var clientIds = page.Items.Select(e => e.ClientId).Distinct().ToList();
        var clients = (await store.ToListAsync(store.Query<Client>().Where(c => clientIds.Contains(c.Id)), ct)).ToDictionary(c => c.Id, c => c.MaskedName);
        Rows = page.Items.Select(e => new AccessRow(e, clients.GetValueOrDefault(e.ClientId, "?"))).ToList();
        Pager = Pager.Of(page, Request);

        Verification = await accessLog.VerifyAccessLogAsync(actor, ct);
        var reviews = await accessLog.ReviewsAsync(actor, ct);
        var recent = reviews.Take(12).ToList();
        var reviewed = reviews.FirstOrDefault(r => r.CenterId == centerId && r.Month == ReviewedMonth);
        var rows = await ReviewRowsAsync([.. recent.Append(reviewed).OfType<AccessLogReview>().Distinct()], ct);
        Review = rows.FirstOrDefault(r => r.Review == reviewed);
        RecentReviews = rows.Where(r => recent.Contains(r.Review)).ToList();
        CanSignOff = ctx.Staff.IsManager && centerId == ctx.Center.Id && MonthIsOver && Review is null;
    }

    private async Task<List<ReviewRow>> ReviewRowsAsync(IReadOnlyList<AccessLogReview> reviews, CancellationToken ct)
    {
        var staff = await WelfareNames.StaffAsync(store, [.. reviews.Select(r => r.SignedOffByStaffId).Distinct()], ct);
        var centers = await WelfareNames.CentersAsync(store, [.. reviews.Select(r => r.CenterId).Distinct()], ct);
        return reviews.Select(r => new ReviewRow(r, staff.GetValueOrDefault(r.SignedOffByStaffId, "?"), centers.GetValueOrDefault(r.CenterId, "?"))).ToList();
    }
}

[LocalizedBy(typeof(AccessLogResource))]
public sealed class SignOffInput
{
    [Required(ErrorMessage = "Required")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    [Display(Name = "SignOff_Findings")]
    public string Findings { get; set; } = "";
}
