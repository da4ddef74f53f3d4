using GraphQL.Authorization;
using GraphQL.Conventions;
using GraphQL.Execution;
using GraphQL.Types;
using Housing.Api.GraphQL.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Microsoft.EntityFrameworkCore;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>
/// The welfare use cases as mutations, each through WelfareCaseService or WelfareClientService in a scope of its own (retried
/// when another writer won the race), so a refused change stores nothing and the Domain's rules come back as typed errors.
/// </summary>
internal static class WelfareMutations
{
    public static void Add(ObjectTypeDescriptor<object> mutation)
    {
        Case<RegisterWelfareClientInput, ClientView>(mutation, "registerWelfareClient", "client",
            "Registers a client at the caller's center; a resident registration number is stored encrypted, and only with the law that allows it.",
            (context, actor, input) => context.InScopeAsync<WelfareClientService, ClientView>(async clients =>
                (await clients.RegisterClientAsync(actor, new RegisterClientCommand(
                    new ClientDetails(input.Name, input.BirthDate, input.Phone, input.Address, input.IncomeLevel, input.HouseholdMembers),
                    input.RegistrationNumber), context.CancellationToken)).MaskedView()));

        Case<RevealClientPersonalDataInput, ClientPersonalData>(mutation, "revealClientPersonalData", "personalData",
            "Shows a client's personal data in the clear, the resident registration number included, for a reason that is written to the access log.",
            (context, actor, input) => context.InScopeAsync<WelfareClientService, ClientPersonalData>(clients =>
                clients.RevealClientPersonalDataAsync(actor, WelfareReads.Key(input.ClientId, "WelfareClient"), input.Reason, context.CancellationToken)));

        CaseChange<OpenCaseInput>(mutation, "openCase", "welfareCase",
            "Opens a case for a client at intake (접수): the crises, urgency and presenting problem; the time limits start.",
            async (context, actor, input) =>
            {
                var opened = await context.InScopeAsync<WelfareCaseService, WelfareCase>(cases => cases.OpenCaseAsync(actor, new OpenCaseCommand(
                    WelfareReads.Key(input.ClientId, "WelfareClient"),
                    new OpenCaseDetails(input.IntakeChannel, input.Crises, input.Urgency, input.PresentingProblem, input.ReferralSource, input.IntakeDate),
                    input.AssignedWorkerId is { } worker ? WelfareReads.Key(worker, "WelfareStaff") : null), context.CancellationToken));
                return opened.Id;
            });

        CaseChange<RecordAssessmentInput>(mutation, "recordAssessment", "welfareCase",
            "Records the needs assessment (욕구사정); an intake case moves to Assessment.",
            (context, actor, input) => Changed(context, input.CaseId, (cases, id) =>
                cases.RecordAssessmentAsync(actor, id, input.Needs, input.HousingCondition, input.FinancialSituation, context.CancellationToken)));

        CaseChange<RecordPlanInput>(mutation, "recordPlan", "welfareCase",
            "Records the service plan agreed at the case conference (사례회의), with its goals; a case in Assessment moves to Planning.",
            (context, actor, input) => Changed(context, input.CaseId, (cases, id) =>
                cases.RecordPlanAsync(actor, id, input.ConferenceDate, input.Participants, input.Goals, context.CancellationToken)));

        CaseChange<RecordServiceInput>(mutation, "recordService", "welfareCase",
            "Records a service delivered (amount in KRW); services follow the plan, except for emergency cases.",
            (context, actor, input) => Changed(context, input.CaseId, (cases, id) =>
                cases.RecordServiceAsync(actor, id, new RecordServiceDetails(input.Type, input.Provider, input.Amount, input.Date, input.Outcome, input.Note),
                    context.CancellationToken)));

        Case<ReferCaseInput, Referral>(mutation, "referCase", "referral",
            "Refers the case to another center (which may take it over) or to an outside agency.",
            (context, actor, input) => context.InScopeAsync<WelfareCaseService, Referral>(cases => cases.ReferCaseAsync(actor,
                WelfareReads.Key(input.CaseId, "WelfareCase"),
                input.ToCenterId is { } center ? WelfareReads.Key(center, "WelfareCenter") : null,
                input.ExternalAgency, input.Reason, context.CancellationToken)));

        CaseChange<AcceptReferralInput>(mutation, "acceptReferral", "welfareCase",
            "The receiving center accepts a referral and takes the case over, with the worker named (default: the caller).",
            async (context, actor, input) =>
            {
                var (caseId, referralId) = await ReferralAsync(context, input.ReferralId);
                var workerId = input.WorkerId is { } worker ? WelfareReads.Key(worker, "WelfareStaff") : (Guid?)null;
                return (await context.InScopeAsync<WelfareCaseService, WelfareCase>(cases =>
                    cases.AcceptReferralAsync(actor, caseId, referralId, workerId, context.CancellationToken))).Id;
            });

        CaseChange<DeclineReferralInput>(mutation, "declineReferral", "welfareCase",
            "The receiving center declines a referral, with a reason the sending center can act on.",
            async (context, actor, input) =>
            {
                var (caseId, referralId) = await ReferralAsync(context, input.ReferralId);
                return (await context.InScopeAsync<WelfareCaseService, WelfareCase>(cases =>
                    cases.DeclineReferralAsync(actor, caseId, referralId, input.Reason, context.CancellationToken))).Id;
            });

        CaseChange<AddCaseNoteInput>(mutation, "addCaseNote", "welfareCase",
            "Adds a note to the case (사례 기록).",
            (context, actor, input) => Changed(context, input.CaseId, (cases, id) => cases.AddCaseNoteAsync(actor, id, input.Text, context.CancellationToken)));

        CaseChange<CloseCaseInput>(mutation, "closeCase", "welfareCase",
            "Closes the case with its outcome and summary (종결); closing before any service also needs the reason, and follow-up dates schedule checks.",
            (context, actor, input) => Changed(context, input.CaseId, (cases, id) => cases.CloseCaseAsync(actor,
                new CloseCaseCommand(id, input.Outcome, input.Summary, input.EarlyClosureReason, input.FollowUpDueDates), context.CancellationToken)));
    }

    /// <summary>A welfare mutation: staff roles, no partner apps, the Domain's exceptions as typed errors.</summary>
    private static void Case<TInput, TResult>(ObjectTypeDescriptor<object> mutation, string name, string resultField, string description,
        Func<IResolverContext, Actor, TInput, Task<TResult>> run) =>
        mutation.Field(name).Description(description)
            .Authorize(WelfareReads.StaffRoles)
            .UseMutationConvention<TInput, TResult>(HousingErrors.Registry, resultField,
                async (context, input) => await run(context, context.WelfareCaller(), input), HousingErrors.Common);

    /// <summary>A use case that answers with the case's id: the payload shows the case as read after the change.</summary>
    private static void CaseChange<TInput>(ObjectTypeDescriptor<object> mutation, string name, string resultField, string description,
        Func<IResolverContext, Actor, TInput, Task<Guid>> run) =>
        Case<TInput, CaseRecord>(mutation, name, resultField, description, async (context, actor, input) =>
        {
            var caseId = await run(context, actor, input);
            return await context.CaseRecordAsync(caseId) ?? throw new NotFoundException("Case", caseId);
        });

    private static async Task<Guid> Changed(IResolverContext context, string caseId, Func<WelfareCaseService, Guid, Task<WelfareCase>> change)
    {
        var id = WelfareReads.Key(caseId, "WelfareCase");
        return (await context.InScopeAsync<WelfareCaseService, WelfareCase>(cases => change(cases, id))).Id;
    }

    /// <summary>The case a referral belongs to; the use case then checks that the caller may answer it.</summary>
    private static async Task<(Guid CaseId, Guid ReferralId)> ReferralAsync(IResolverContext context, string referralGlobalId)
    {
        var referralId = WelfareReads.Key(referralGlobalId, "CaseReferral");
        var caseId = await context.ReadDb().Set<WelfareCase>().Where(c => c.Referrals.Any(r => r.Id == referralId))
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(context.CancellationToken);
        return (caseId ?? throw new NotFoundException(nameof(Referral), referralId), referralId);
    }
}
