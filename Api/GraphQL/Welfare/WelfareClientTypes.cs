using GraphQL.Authorization;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Welfare;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>Clients (masked unless revealed), their revealed personal data, and the access log with its verification.</summary>
internal static class WelfareClientTypes
{
    public static void Add(SchemaBuilder types)
    {
        types.AddObjectType<ClientView>(t =>
        {
            t.Name("WelfareClient")
                .Description("A person the centers help (내담자), masked: the name as 홍*동, the birth year, the phone as 010-****-5678 and the "
                             + "resident registration number as 711231-*******. The clear data only comes from `revealClientPersonalData`.")
                .BindFieldsExplicitly()
                .Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(c => c.Id, (context, id) => context.LoggedClientAsync(id));
            t.Field(c => c.MaskedName).Description("The name, masked: 홍*동.");
            t.Field(c => c.BirthYear).Description("The year of birth.");
            t.Field(c => c.MaskedPhone).Description("The phone number, masked: 010-****-5678.");
            t.Field(c => c.MaskedRegistrationNumber).Description("The resident registration number, masked (711231-*******); null when none is held.");
            t.Field(c => c.IncomeLevel).Description("The income level.");
            t.Field(c => c.HouseholdSize).Description("People in the household, the client included.");
            t.Field("registeredBy").Type("WelfareCenter!").Description("The center that registered the client.")
                .ResolveAsync(context => context.CenterAsync(context.Parent<ClientView>().RegisteredByCenterId));
        });

        types.AddObjectType<ClientPersonalData>(t =>
        {
            t.Description("A client's personal data in the clear, shown only by a logged reveal.").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.Field(p => p.Name).Description("The full name.");
            t.Field(p => p.BirthDate).Description("The date of birth.");
            t.Field(p => p.Phone).Description("The phone number.");
            t.Field(p => p.Address).Description("The address.");
            t.Field(p => p.RegistrationNumber).Description("The resident registration number (711231-1234567), decrypted for this reveal; null when none is held.");
            t.Field(p => p.IncomeLevel).Description("The income level.");
            t.Field(p => p.HouseholdMembers).Description("The people living with the client (가구원).");
        });

        types.AddObjectType<HouseholdMemberInput>(t =>
        {
            t.Name("HouseholdMember").Description("Someone living with the client (가구원).");
            t.Field(m => m.Name).Description("The member's name.");
            t.Field(m => m.Relationship).Description("The relationship to the client, e.g. 배우자, 자녀, 부모.");
            t.Field(m => m.BirthDate).Description("The member's date of birth.");
        });

        types.AddObjectType<AccessLogRecord>(t =>
        {
            t.Description("One read of a client's personal data (개인정보 접근기록): who, when, from where, whose data, what and why. "
                          + "Entries are hash-chained; `accessLogVerification` finds any that were changed.")
                .BindFieldsExplicitly()
                .Authorize(WelfareReads.ReviewerRoles);
            t.ImplementsNode(e => e.Id, async (context, id) =>
            {
                var actor = context.WelfareCaller();
                var entries = await HousingErrors.AnsweringAsync(() => context.ReadAccessLog().AccessLogEntriesAsync(actor, context.CancellationToken));
                return await AccessLogRecord.Of(entries.Where(e => e.Id == id)).FirstOrDefaultAsync(context.CancellationToken);
            });
            t.Field(e => e.Sequence).Description("The entry's place in the chain, from 1, without gaps.");
            t.Field(e => e.At).Description("When the data was read.");
            t.Field(e => e.ActorName).Description("Who read it.");
            t.Field(e => e.IpAddress).Description("From where: the request's IP address.");
            t.Field(e => e.Action).Description("What was done: viewed, revealed or exported.");
            t.Field(e => e.Purpose).Description("The purpose or reason given; for a view, where it was read (`client page`, `WelfareCase.client`).");
            t.Field(e => e.Fields).Description("What was read: the personal fields shown, e.g. `birthYear, maskedName`; null when the entry does not name them.");
            t.Field(e => e.Hash).Description("SHA-256 over the entry and the previous entry's hash.");
            t.Field("center").Type("WelfareCenter").Description("The center the reader worked for.")
                .ResolveAsync(async context => context.Parent<AccessLogRecord>().CenterId is { } id ? await context.CenterAsync(id) : null);
            t.Field("client").Type("WelfareClient!").Description("Whose data was read, masked.")
                .ResolveAsync(context => context.ListedClientAsync(context.Parent<AccessLogRecord>().ClientId));
        });

        types.AddObjectType<AccessLogVerification>(t =>
        {
            t.Description("The result of recomputing the access log's hash chain.");
            t.Field(v => v.Intact).Description("True when every entry links to the one before and matches its hash.");
            t.Field(v => v.EntriesChecked).Description("Entries verified before the first broken one (all of them when intact).");
            t.Field(v => v.FirstBrokenSequence).Description("The sequence number of the first broken entry; null when intact.");
            t.Field(v => v.Problem).Description("What is wrong with it.");
        });
    }
}
