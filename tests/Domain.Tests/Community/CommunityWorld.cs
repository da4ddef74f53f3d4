using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Community;
using Housing.Domain.Complexes;

namespace Domain.Tests.Community;

/// <summary>One complex with a manager and residents (via the complexes test world), and the community services.</summary>
public sealed class CommunityWorld
{
    private CommunityWorld(TestWorld world) => World = world;

    public TestWorld World { get; }
    public Complex Complex { get; private set; } = null!;
    public Actor Manager { get; private set; } = null!;
    public Actor Resident { get; private set; } = null!;

    public NoticeService Notices => new(World.Store, World.Clock);
    public PollService Polls => new(World.Store, World.Clock);
    public ComplaintService Complaints => new(World.Store, World.Clock);
    public NewsroomService Newsroom => new(World.Store, World.Clock);
    public DateTimeOffset Now => World.Clock.GetUtcNow();

    public static async Task<CommunityWorld> CreateAsync()
    {
        var w = new CommunityWorld(await TestWorld.CreateAsync());
        w.Complex = await w.World.AddComplexAsync();
        w.Manager = await w.World.AddManagerAsync(w.Complex.Id);
        w.Resident = (await w.World.AddResidentAsync(w.Complex.Id, "김주민")).Actor;
        return w;
    }

    public async Task<Actor> NewHouseholdAsync(string name = "이웃") => (await World.AddResidentAsync(Complex.Id, name)).Actor;

    /// <summary>Another member of the same household as <paramref name="resident"/>.</summary>
    public async Task<Actor> HouseholdMemberOfAsync(Actor resident, string name = "가족")
    {
        var userId = Guid.NewGuid();
        var member = await World.Complexes.AddResidentAsync(TestWorld.Admin, resident.HouseholdId!.Value, name, "010-2222-3333", userId,
            new DateOnly(2024, 3, 1));
        return new Actor(userId, name, new HashSet<string> { Roles.Resident }, Complex.Id, member.Id, resident.HouseholdId);
    }
}
