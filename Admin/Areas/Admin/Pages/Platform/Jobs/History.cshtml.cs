using Housing.Admin.Support;
using Housing.Domain.Common;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Housing.Admin.Areas.Admin.Pages.Platform.Jobs;

/// <summary>Every run of one job, newest first, paged on the server: when, on which node, how it ended and what it did.</summary>
public sealed class HistoryModel(ScheduledJobCatalog catalog, IHousingStore store, ICurrentActor currentActor) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Set after "run now": the page says the run was asked for.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Triggered { get; set; }

    public HousingJobDefinition Job { get; private set; } = null!;

    public PagedList<JobRun> Runs { get; private set; } = null!;

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string name, CancellationToken ct)
    {
        currentActor.Require();
        Job = catalog.Jobs.FirstOrDefault(j => j.Name == name) ?? throw new NotFoundException("Scheduled job", name);
        var runs = store.Query<JobRun>().Where(r => r.JobGroup == HousingJobCatalog.Group && r.JobName == name)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id);
        Runs = await PagedList<JobRun>.ReadAsync(store, runs, PageNumber, PageSize, ct);
        Pager = Pager.Of(Runs, Request);
    }
}
