using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Platform.Jobs;

/// <summary>The scheduled jobs with their schedule, next and last run, and "run now".</summary>
public sealed class IndexModel(ScheduledJobs jobs, ICurrentActor currentActor) : PageModel
{
    public IReadOnlyList<ScheduledJobView> Jobs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        currentActor.Require();
        Jobs = await jobs.ListAsync(ct);
    }

    /// <summary>Fires the job once now and shows its history, where the run appears when a node has picked it up.</summary>
    public async Task<IActionResult> OnPostRunNowAsync(string name, CancellationToken ct)
    {
        currentActor.Require();
        await jobs.RunNowAsync(name, ct);
        return RedirectToPage("History", new { name, triggered = true });
    }
}
