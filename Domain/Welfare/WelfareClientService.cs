using Housing.Domain.Common;

namespace Housing.Domain.Welfare;

/// <summary>A resident registration number with the law that allows holding it.</summary>
public sealed record RegistrationNumberInput(string Number, string LegalBasis);

public sealed record RegisterClientCommand(ClientDetails Details, RegistrationNumberInput? RegistrationNumber = null);

/// <summary>What a client page shows before anyone reveals anything: masked.</summary>
public sealed record ClientView(
    Guid Id,
    string MaskedName,
    int BirthYear,
    string? MaskedPhone,
    string? MaskedRegistrationNumber,
    IncomeLevel IncomeLevel,
    int HouseholdSize,
    Guid RegisteredByCenterId);

/// <summary>A client's personal data in the clear, returned only by a logged reveal.</summary>
public sealed record ClientPersonalData(
    Guid Id,
    string Name,
    DateOnly BirthDate,
    string? Phone,
    string? Address,
    string? RegistrationNumber,
    IncomeLevel IncomeLevel,
    IReadOnlyList<HouseholdMemberInput> HouseholdMembers);

/// <summary>Everything held about a client, for a logged export (a printout, a transfer on paper).</summary>
public sealed record ClientRecordExport(ClientPersonalData PersonalData, IReadOnlyList<WelfareCase> Cases);

/// <summary>
/// Clients and their personal data. Every read of personal data goes through a method here that appends an
/// <see cref="AccessLogEntry"/> in the same unit of work: no log entry, no data.
/// </summary>
public sealed class WelfareClientService(IHousingStore store, TimeProvider clock, IPersonalDataProtector protector)
{
    public async Task<Client> RegisterClientAsync(Actor actor, RegisterClientCommand cmd, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var client = Client.Register(ctx.Center.Id, cmd.Details, clock.GetUtcNow());
        if (cmd.RegistrationNumber is { } rrn)
            client.SetRegistrationNumber(rrn.Number, rrn.LegalBasis, protector);
        store.Add(client);
        await store.SaveChangesAsync(ct);
        return client;
    }

    public async Task<Client> UpdateClientAsync(Actor actor, Guid clientId, ClientDetails details, CancellationToken ct = default)
    {
        var (_, client) = await VisibleClientAsync(actor, clientId, ct);
        client.Update(details, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return client;
    }

    /// <summary>Sets (or, with null, removes) the resident registration number.</summary>
    public async Task<Client> SetRegistrationNumberAsync(Actor actor, Guid clientId, RegistrationNumberInput? number,
        CancellationToken ct = default)
    {
        var (_, client) = await VisibleClientAsync(actor, clientId, ct);
        if (number is null) client.RemoveRegistrationNumber();
        else client.SetRegistrationNumber(number.Number, number.LegalBasis, protector);
        await store.SaveChangesAsync(ct);
        return client;
    }

    /// <summary>The masked view of a client; logged as a view.</summary>
    public async Task<ClientView> GetClientAsync(Actor actor, Guid clientId, CancellationToken ct = default)
    {
        var (ctx, client) = await VisibleClientAsync(actor, clientId, ct);
        await AccessLog.AppendAsync(store, actor, ctx, client.Id, null, AccessAction.View, AccessPurposes.ClientPage, clock.GetUtcNow(), ct);
        await store.SaveChangesAsync(ct);
        return client.MaskedView();
    }

    /// <summary>
    /// The masked views of the clients a list shows (the clients of a page of cases, of an access-log page), each read
    /// logged as a view naming <paramref name="fields"/>, the personal fields shown: one entry per client, all appended in
    /// one unit of work. Clients the caller may not see are left out, and nothing is logged for them.
    /// </summary>
    public async Task<List<ClientView>> ViewClientsAsync(Actor actor, IReadOnlyCollection<Guid> clientIds, string purpose,
        IReadOnlyCollection<string> fields, CancellationToken ct = default)
    {
        if (fields.Count == 0)
            throw new DomainException("ACCESS_FIELDS_REQUIRED", "Name the personal fields a list shows; they are logged with each read.");
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var ids = clientIds.Distinct().ToList();
        var clients = await store.ToListAsync(ListedClients(ctx).Where(c => ids.Contains(c.Id)), ct);
        var shown = ids.Join(clients, id => id, c => c.Id, (_, c) => c).ToList();
        if (shown.Count == 0) return [];
        await AccessLog.AppendManyAsync(store, actor, ctx, shown.Select(c => c.Id), null, AccessAction.View, purpose, fields, clock.GetUtcNow(), ct);
        await store.SaveChangesAsync(ct);
        return [.. shown.Select(c => c.MaskedView())];
    }

    /// <summary>Shows the client's personal data unmasked, for a stated reason that is logged.</summary>
    public async Task<ClientPersonalData> RevealClientPersonalDataAsync(Actor actor, Guid clientId, string reason,
        CancellationToken ct = default)
    {
        var (ctx, client) = await VisibleClientAsync(actor, clientId, ct);
        await AccessLog.AppendAsync(store, actor, ctx, client.Id, null, AccessAction.Reveal, reason, clock.GetUtcNow(), ct);
        await store.SaveChangesAsync(ct);
        return PersonalData(client);
    }

    /// <summary>The client's whole record with every case the caller may see, for a stated purpose that is logged.</summary>
    public async Task<ClientRecordExport> ExportClientRecordAsync(Actor actor, Guid clientId, string purpose, CancellationToken ct = default)
    {
        var (ctx, client) = await VisibleClientAsync(actor, clientId, ct);
        await AccessLog.AppendAsync(store, actor, ctx, client.Id, null, AccessAction.Export, purpose, clock.GetUtcNow(), ct);
        var cases = await store.ToListAsync(ctx.Visibility.Apply(store.Query<WelfareCase>()).Where(c => c.ClientId == clientId), ct);
        await store.SaveChangesAsync(ct);
        return new ClientRecordExport(PersonalData(client), cases);
    }

    /// <summary>Clients the caller may see, for lists (show only <see cref="Client.MaskedName"/> and other masked fields).</summary>
    public async Task<IQueryable<Client>> VisibleClientsAsync(Actor actor, CancellationToken ct = default)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        return ctx.VisibleClients(store);
    }

    /// <summary>
    /// Clients a list may show the caller: those it may see, and for a reviewer of the access log also the clients of
    /// the entries they review (a client whose case has since moved to another center is still named in old entries).
    /// </summary>
    private IQueryable<Client> ListedClients(WelfareStaffContext ctx)
    {
        var visible = ctx.VisibleClients(store);
        if (ctx.IsCentral || !ctx.Staff.IsManager) return visible;
        var centerId = ctx.Center.Id;
        var reviewed = store.Query<AccessLogEntry>().Where(e => e.CenterId == centerId).Select(e => e.ClientId);
        var visibleIds = visible.Select(c => c.Id);
        return store.Query<Client>().Where(c => visibleIds.Contains(c.Id) || reviewed.Contains(c.Id));
    }

    private ClientPersonalData PersonalData(Client c) => new(c.Id, c.Name, c.BirthDate, c.Phone, c.Address,
        c.RevealRegistrationNumber(protector), c.IncomeLevel,
        c.HouseholdMembers.Select(m => new HouseholdMemberInput(m.Name, m.Relationship, m.BirthDate)).ToList());

    private async Task<(WelfareStaffContext, Client)> VisibleClientAsync(Actor actor, Guid clientId, CancellationToken ct)
    {
        var ctx = await WelfareStaffContext.ResolveAsync(store, actor, ct);
        var client = await store.FirstOrDefaultAsync(ctx.VisibleClients(store).Where(c => c.Id == clientId), ct)
            ?? throw new NotFoundException(nameof(Client), clientId);
        return (ctx, client);
    }
}
