using System.ComponentModel.DataAnnotations;
using Housing.Admin.Resources;
using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Housing.Admin.Areas.Admin.Pages.Welfare.Cases;

/// <summary>Intake: registers the client (or takes a known one) and opens their case.</summary>
public sealed class NewModel(
    WelfareCaseService cases,
    WelfareClientService clients,
    IHousingStore store,
    ICurrentActor currentActor,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    /// <summary>The known client's masked name when the intake is for one.</summary>
    public string? ClientMaskedName { get; private set; }

    public async Task OnGetAsync(Guid? clientId, CancellationToken ct)
    {
        Input.IntakeDate = KoreanCalendar.Today(clock);
        if (clientId is { } id)
        {
            Input.ClientId = id;
            await LoadClientAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = currentActor.Require();
        if (Input.ClientId is null)
            ValidateNewClient();
        if (Input.Crises.Count == 0)
            ModelState.AddModelError("Input.Crises", text["Error_CRISIS_REQUIRED"]);
        if (Input.IntakeChannel == IntakeChannel.Referral && string.IsNullOrWhiteSpace(Input.ReferralSource))
            ModelState.AddModelError("Input.ReferralSource", text["Error_REFERRAL_SOURCE_REQUIRED"]);
        if (Input.IntakeDate > KoreanCalendar.Today(clock))
            ModelState.AddModelError("Input.IntakeDate", text["Error_INTAKE_DATE_IN_FUTURE"]);
        if (!ModelState.IsValid)
            return await RedisplayAsync(ct);
        try
        {
            // A client registered here is kept in the form, so a refused case does not register them twice.
            Input.ClientId ??= (await clients.RegisterClientAsync(actor, new RegisterClientCommand(new ClientDetails(
                Input.Name!.Trim(), Input.BirthDate!.Value, Input.Phone, Input.Address, Input.IncomeLevel)), ct)).Id;
            var opened = await cases.OpenCaseAsync(actor, new OpenCaseCommand(Input.ClientId.Value, new OpenCaseDetails(
                Input.IntakeChannel, Input.Crises, Input.Urgency, Input.PresentingProblem, Input.ReferralSource, Input.IntakeDate)), ct);
            return RedirectToPage("Details", new { id = opened.Id });
        }
        catch (DomainException e) when (e is not NotFoundException and not ForbiddenException)
        {
            ModelState.AddDomainError(FieldOf(e.Code), e, text);
            return await RedisplayAsync(ct);
        }
    }

    private void ValidateNewClient()
    {
        if (string.IsNullOrWhiteSpace(Input.Name))
            ModelState.AddModelError("Input.Name", string.Format(text["Required"], text["Client_Name"]));
        if (Input.BirthDate is null)
            ModelState.AddModelError("Input.BirthDate", string.Format(text["Required"], text["Client_BirthDate"]));
        else if (Input.BirthDate > KoreanCalendar.Today(clock))
            ModelState.AddModelError("Input.BirthDate", text["Error_BIRTH_DATE_IN_FUTURE"]);
    }

    private static string FieldOf(string code) => code switch
    {
        "PRESENTING_PROBLEM_REQUIRED" => "Input.PresentingProblem",
        "CRISIS_REQUIRED" => "Input.Crises",
        "REFERRAL_SOURCE_REQUIRED" => "Input.ReferralSource",
        "INTAKE_DATE_IN_FUTURE" => "Input.IntakeDate",
        "BIRTH_DATE_IN_FUTURE" => "Input.BirthDate",
        "CLIENT_NAME_REQUIRED" => "Input.Name",
        _ => string.Empty,
    };

    private async Task<PageResult> RedisplayAsync(CancellationToken ct)
    {
        await LoadClientAsync(ct);
        return Page();
    }

    private async Task LoadClientAsync(CancellationToken ct)
    {
        if (Input.ClientId is { } id)
        {
            var visible = await clients.VisibleClientsAsync(currentActor.Require(), ct);
            var name = await store.FirstOrDefaultAsync(visible.Where(c => c.Id == id).Select(c => c.Name), ct)
                ?? throw new NotFoundException(nameof(Client), id);
            ClientMaskedName = Client.MaskName(name);
        }
    }
}

public sealed class IntakeInput
{
    public Guid? ClientId { get; set; }

    [Display(Name = "Client_Name")]
    [StringLength(100, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Client_BirthDate")]
    [DataType(DataType.Date)]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "Client_Phone")]
    [Phone(ErrorMessage = "Invalid")]
    public string? Phone { get; set; }

    [Display(Name = "Client_Address")]
    public string? Address { get; set; }

    [Display(Name = "Client_IncomeLevel")]
    public IncomeLevel IncomeLevel { get; set; }

    [Display(Name = "Case_IntakeChannel")]
    public IntakeChannel IntakeChannel { get; set; }

    [Display(Name = "Case_ReferralSource")]
    public string? ReferralSource { get; set; }

    [Display(Name = "Case_Crises")]
    public List<CrisisType> Crises { get; set; } = [];

    [Display(Name = "Case_Urgency")]
    public Urgency Urgency { get; set; }

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Case_PresentingProblem")]
    public string PresentingProblem { get; set; } = "";

    [Required(ErrorMessage = "Required")]
    [Display(Name = "Case_IntakeDate")]
    [DataType(DataType.Date)]
    public DateOnly? IntakeDate { get; set; }
}
