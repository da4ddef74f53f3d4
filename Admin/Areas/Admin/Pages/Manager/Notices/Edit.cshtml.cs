using System.ComponentModel.DataAnnotations;
using Housing.Admin.Manager;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Manager.Notices;

/// <summary>Writes a new notice of the complex, or edits one (its attachments kept), and publishes, takes down or pins it.</summary>
public sealed class EditModel(NoticeService notices, ManagedComplexes managed, IHousingStore store, ICurrentActor currentActor,
    IStringLocalizer<ManagerResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Complex { get; set; }

    [BindProperty]
    public NoticeInput Input { get; set; } = new();

    /// <summary>The notice being edited; null while writing a new one.</summary>
    public Notice? Notice { get; private set; }

    public ComplexChoice Choice { get; private set; } = null!;

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Notice is { } notice)
            (Input.Title, Input.Body, Input.Pinned) = (notice.Title, notice.Body, notice.Pinned);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (!ModelState.IsValid)
            return Page();
        return await ChangeAsync(async actor =>
        {
            if (Notice is { } notice)
                return await notices.EditNoticeAsync(actor, notice.Id, new NoticeContent(Input.Title, Input.Body,
                    [.. notice.Attachments.Select(a => new AttachmentInput(a.FileId, a.FileName))]), ct);
            return await notices.PostNoticeAsync(actor, new PostNoticeCommand(Choice.Current.Id, new NoticeContent(Input.Title, Input.Body),
                Input.Publish, Input.Publish && Input.Pinned), ct);
        }, id, ct);
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(actor => notices.PublishNoticeAsync(actor, id, ct), id, ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(actor => notices.UnpublishNoticeAsync(actor, id, ct), id, ct);

    public Task<IActionResult> OnPostPinAsync(Guid id, bool pinned, CancellationToken ct) =>
        ChangeAsync(actor => notices.PinNoticeAsync(actor, id, pinned, ct), id, ct);

    private async Task<IActionResult> ChangeAsync(Func<Actor, Task<Notice>> change, Guid? id, CancellationToken ct)
    {
        try
        {
            var notice = await change(currentActor.Require());
            return RedirectToPage(new { id = notice.Id, saved = true });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(e.Code switch { "NOTICE_TITLE_INVALID" => "Input.Title", "NOTICE_BODY_REQUIRED" => "Input.Body", _ => "" }, e, text);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    /// <summary>The notice (refused unless the user manages its complex) or, for a new one, the complex it is written for.</summary>
    private async Task LoadAsync(Guid? id, CancellationToken ct)
    {
        var actor = currentActor.Require();
        if (id is { } noticeId)
        {
            Notice = await store.FirstOrDefaultAsync(store.Query<Notice>().Where(n => n.Id == noticeId), ct)
                ?? throw new NotFoundException(nameof(Notice), noticeId);
            Complex = Notice.ComplexId;
        }
        Choice = await managed.ChooseAsync(actor, Complex, ct);
    }
}

[LocalizedBy(typeof(ManagerResource))]
public sealed class NoticeInput
{
    [Required(ErrorMessage = "Required")]
    [StringLength(Notice.MaxTitleLength, ErrorMessage = "TooLong")]
    [Display(Name = "Notice_Title")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Notice_Body")]
    public string Body { get; set; } = "";

    [Display(Name = "Notice_PublishNow")]
    public bool Publish { get; set; } = true;

    [Display(Name = "Notice_Pinned")]
    public bool Pinned { get; set; }
}
