using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Housing.Admin.Documents;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Documents;

/// <summary>
/// Compose a document and choose its recipients by filter or by hand; a preview step shows the complexes that will
/// receive it, and only what was previewed is sent. Attachments are stored on the first post and carried by id. The form
/// carries an idempotency key made when it is first shown, so a double submit (or a send repeated after a lost answer)
/// sends one document and shows its tracking page.
/// </summary>
public sealed class ComposeModel(
    IServiceScopeFactory scopes,
    SendingDistricts districts,
    AttachmentUploads uploads,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<DocumentsResource> text) : PageModel
{
    public const string PreviewIntent = "preview";
    public const string SendIntent = "send";

    [BindProperty]
    public ComposeInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>The button pressed: <see cref="PreviewIntent"/> or <see cref="SendIntent"/>.</summary>
    [BindProperty(Name = "intent")]
    public string? Intent { get; set; }

    /// <summary>The districts the user sends for: an officer's own, every one for a platform admin; empty for an officer without a district.</summary>
    public IReadOnlyList<Region> Regions { get; private set; } = [];

    /// <summary>The region's complexes, for choosing by hand.</summary>
    public IReadOnlyList<Complex> Complexes { get; private set; } = [];

    public List<Attachment> Attachments { get; private set; } = [];

    /// <summary>The complexes the document would go to; null until previewed.</summary>
    public IReadOnlyList<Complex>? Recipients { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        Input.Department = await store.FirstOrDefaultAsync(store.Query<Document>()
            .Where(d => d.SentByUserId == actor.UserId && d.SenderKind == DocumentParty.DistrictOffice)
            .OrderByDescending(d => d.SentAt).Select(d => d.Prefix), ct) ?? "";
        Input.IdempotencyKey = NewIdempotencyKey();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        if (string.IsNullOrEmpty(Input.IdempotencyKey))
        {
            ModelState.Remove("Input.IdempotencyKey");
            Input.IdempotencyKey = NewIdempotencyKey();
        }
        await LoadAsync(ct);
        if (Regions.Count == 0)
            return Page();
        var (attachments, refused) = await uploads.CollectAsync(actor, Input.AttachmentIds, Uploads, ct);
        Attachments = attachments;
        Input.AttachmentIds = [.. attachments.Select(a => a.FileId)];
        AttachmentUploads.ReportRefused(ModelState, nameof(Uploads), refused, text);
        Validate();
        if (!ModelState.IsValid)
            return Page();

        var recipients = await RecipientsAsync(ct);
        if (recipients.Count == 0)
        {
            ModelState.AddModelError(Input.Mode == RecipientMode.Filter ? "Input.Mode" : "Input.ComplexIds",
                text[Input.Mode == RecipientMode.Filter ? "Error_NO_MATCHING_COMPLEX" : "Error_NO_COMPLEX_CHOSEN"]);
            return Page();
        }
        Recipients = recipients;
        var previewKey = PreviewKeyOf(recipients);
        if (Intent != SendIntent || Input.PreviewKey != previewKey)
        {
            // The hidden field shows the model's value only once the posted one is forgotten.
            ModelState.Remove("Input.PreviewKey");
            Input.PreviewKey = previewKey;
            if (Intent == SendIntent)
                ModelState.AddModelError("Input.PreviewKey", text["Error_RECIPIENTS_CHANGED"]);
            return Page();
        }
        try
        {
            var command = new SendDocumentCommand(Input.RegionId, Input.Department, Input.Title,
                Input.Body, Input.Category, [.. recipients.Select(c => c.Id)], Input.RequiresReply,
                Input.ReplyDueDate is { } due ? DocumentDisplay.DeadlineOn(due) : null, attachments, Input.IdempotencyKey);
            // The second post of a double submit either finds the first's document or, racing it, loses the save and finds it on retry.
            var document = await scopes.RetryingAsync<DocumentService, Document>(documents => documents.SendDocumentAsync(actor, command, ct), ct);
            return RedirectToPage("Details", new { id = document.Id, sent = true });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError("", e, text);
            if (e.Code is "IDEMPOTENCY_KEY_REUSED" or "INVALID_IDEMPOTENCY_KEY")
            {
                // The form already sent other content (edited after going back) or its key was tampered with: sending again sends anew.
                ModelState.Remove("Input.IdempotencyKey");
                Input.IdempotencyKey = NewIdempotencyKey();
            }
            return Page();
        }
    }

    private void Validate()
    {
        var today = KoreanCalendar.Today(clock);
        if (Input.ReplyDueDate is { } due)
        {
            if (!Input.RequiresReply)
                ModelState.AddModelError("Input.ReplyDueDate", text["Error_DEADLINE_WITHOUT_REPLY"]);
            else if (due <= today)
                ModelState.AddModelError("Input.ReplyDueDate", text["Error_DEADLINE_NOT_AFTER_TODAY"]);
        }
        if (Input.Mode == RecipientMode.Filter && Input.MinHouseholds > Input.MaxHouseholds)
            ModelState.AddModelError("Input.MaxHouseholds", text["Error_HOUSEHOLD_RANGE"]);
        if (Regions.All(r => r.Id != Input.RegionId))
            ModelState.AddModelError("Input.RegionId", string.Format(text["Required"], text["Document_Region"]));
    }

    private async Task<List<Complex>> RecipientsAsync(CancellationToken ct)
    {
        var regionId = Input.RegionId;
        var inRegion = store.Query<Complex>().Where(c => c.RegionId == regionId);
        var chosen = Input.Mode == RecipientMode.Filter
            ? new ComplexFilter(regionId, Input.HousingType, Input.SaleType, Input.HeatingType,
                MinHouseholds: Input.MinHouseholds, MaxHouseholds: Input.MaxHouseholds).Apply(inRegion)
            : inRegion.Where(c => Input.ComplexIds.Contains(c.Id));
        return await store.ToListAsync(chosen.OrderBy(c => c.Name), ct);
    }

    private static string NewIdempotencyKey() => Guid.NewGuid().ToString("N");

    /// <summary>Names the previewed set of recipients, so a changed choice is previewed again before it is sent.</summary>
    private static string PreviewKeyOf(IEnumerable<Complex> recipients) =>
        Convert.ToHexString(SHA256.HashData(recipients.SelectMany(c => c.Id.ToByteArray()).ToArray()))[..32];

    private async Task LoadAsync(CancellationToken ct)
    {
        Regions = await districts.OfAsync(currentActor.Require(), ct);
        if (Regions.Count == 1 || (Input.RegionId == Guid.Empty && Regions.Count > 0))
            Input.RegionId = Regions[0].Id;
        var regionId = Input.RegionId;
        Complexes = await store.ToListAsync(store.Query<Complex>().Where(c => c.RegionId == regionId).OrderBy(c => c.Name), ct);
    }
}

public enum RecipientMode { Filter, Hand }

[LocalizedBy(typeof(DocumentsResource))]
public sealed class ComposeInput
{
    [Required(ErrorMessage = "Required")]
    [StringLength(30, ErrorMessage = "TooLong")]
    [Display(Name = "Document_Department")]
    public string Department { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [Display(Name = "Document_Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Document_Body")]
    public string Body { get; set; } = "";

    [Display(Name = "Document_Category")]
    public DocumentCategory Category { get; set; }

    [Display(Name = "Document_RequiresReply")]
    public bool RequiresReply { get; set; }

    [Display(Name = "Document_ReplyDueDate")]
    [DataType(DataType.Date)]
    public DateOnly? ReplyDueDate { get; set; }

    [Display(Name = "Document_Region")]
    public Guid RegionId { get; set; }

    [Display(Name = "Recipients_Mode")]
    public RecipientMode Mode { get; set; }

    [Display(Name = "Complex_HousingType")]
    public HousingType? HousingType { get; set; }

    [Display(Name = "Complex_SaleType")]
    public SaleType? SaleType { get; set; }

    [Display(Name = "Complex_HeatingType")]
    public HeatingType? HeatingType { get; set; }

    [Range(0, 100_000, ErrorMessage = "NotNegative")]
    [Display(Name = "Recipients_MinHouseholds")]
    public int? MinHouseholds { get; set; }

    [Range(0, 100_000, ErrorMessage = "NotNegative")]
    [Display(Name = "Recipients_MaxHouseholds")]
    public int? MaxHouseholds { get; set; }

    [Display(Name = "Recipients_ByHand")]
    public List<Guid> ComplexIds { get; set; } = [];

    /// <summary>Files stored by an earlier post of this form.</summary>
    public List<Guid> AttachmentIds { get; set; } = [];

    /// <summary>The recipients the preview showed (see <c>PreviewKeyOf</c>); sending needs the same ones.</summary>
    public string? PreviewKey { get; set; }

    /// <summary>Made when the form is first shown and kept on each redisplay: every send of this form is one request.</summary>
    public string? IdempotencyKey { get; set; }
}
