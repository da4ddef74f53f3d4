using GraphQL.Types;
using Housing.Domain.Welfare;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>The Domain's input records the welfare mutations take as they are, described for the schema.</summary>
internal static class WelfareInputs
{
    public static void Add(SchemaBuilder types)
    {
        types.AddInputObjectType<HouseholdMemberInput>(i => i
            .Description("Someone living with the client (가구원).")
            .Field(m => m.Name, f => f.Description = "The member's name.")
            .Field(m => m.Relationship, f => f.Description = "The relationship to the client, e.g. 배우자, 자녀, 부모.")
            .Field(m => m.BirthDate, f => f.Description = "The member's date of birth."));
        types.AddInputObjectType<RegistrationNumberInput>(i => i
            .Description("A resident registration number with the law that allows holding it (개인정보 보호법 §24-2).")
            .Field(r => r.Number, f => f.Description = "13 digits, written 711231-1234567 or 7112311234567; stored encrypted.")
            .Field(r => r.LegalBasis, f => f.Description = "The statute that requires holding the number, e.g. 주거급여법 시행령."));
        types.AddInputObjectType<PlanGoalInput>(i => i
            .Description("One goal of a service plan.")
            .Field(g => g.Description, f => f.Description = "What the goal is.")
            .Field(g => g.TargetDate, f => f.Description = "When it should be reached."));
    }
}

public sealed record RegisterWelfareClientInput(
    [property: GraphQLDescription("The client's full name.")] string Name,
    [property: GraphQLDescription("The date of birth.")] DateOnly BirthDate,
    [property: GraphQLDescription("A phone number, e.g. 010-1234-5678.")] string? Phone,
    [property: GraphQLDescription("The address.")] string? Address,
    [property: GraphQLDescription("The income level.")] IncomeLevel IncomeLevel,
    [property: GraphQLDescription("The people living with the client.")] IReadOnlyList<HouseholdMemberInput>? HouseholdMembers,
    [property: GraphQLDescription("The resident registration number, only where a law allows holding it.")] RegistrationNumberInput? RegistrationNumber);

public sealed record RevealClientPersonalDataInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The client's global id.")] string ClientId,
    [property: GraphQLDescription("Why the data must be seen; written to the access log.")] string Reason);

public sealed record OpenCaseInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The client's global id.")] string ClientId,
    [property: GraphQLDescription("How the client came.")] IntakeChannel IntakeChannel,
    [property: GraphQLDescription("The crises the case addresses; at least one.")] IReadOnlyList<CrisisType> Crises,
    [property: GraphQLDescription("How urgent the case is.")] Urgency Urgency,
    [property: GraphQLDescription("The housing problem as the client tells it.")] string PresentingProblem,
    [property: GraphQLDescription("Who sent the client; required for the Referral channel.")] string? ReferralSource,
    [property: GraphQLDescription("The day of intake; today (Korea) when omitted.")] DateOnly? IntakeDate,
    [property: GraphQLType("ID"), GraphQLDescription("The caseworker in charge (a WelfareStaff id); the caller when omitted.")] string? AssignedWorkerId);

public sealed record RecordAssessmentInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The case's global id.")] string CaseId,
    [property: GraphQLDescription("The client's needs as assessed.")] string Needs,
    [property: GraphQLDescription("The state of the client's housing.")] string? HousingCondition,
    [property: GraphQLDescription("Income, debts and arrears.")] string? FinancialSituation);

public sealed record RecordPlanInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The case's global id.")] string CaseId,
    [property: GraphQLDescription("The day of the case conference; not in the future, not before intake.")] DateOnly ConferenceDate,
    [property: GraphQLDescription("Who took part in the conference.")] string? Participants,
    [property: GraphQLDescription("The plan's goals, in order; at least one.")] IReadOnlyList<PlanGoalInput> Goals);

public sealed record RecordServiceInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The case's global id.")] string CaseId,
    [property: GraphQLDescription("The kind of service.")] ServiceType Type,
    [property: GraphQLDescription("Who delivered it.")] string Provider,
    [property: GraphQLDescription("KRW spent on the client; 0 or more.")] long Amount,
    [property: GraphQLDescription("The day it was delivered; not in the future.")] DateOnly Date,
    [property: GraphQLDescription("What came of it.")] ServiceOutcome Outcome,
    [property: GraphQLDescription("Anything worth knowing about it.")] string? Note);

public sealed record ReferCaseInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The case's global id.")] string CaseId,
    [property: GraphQLType("ID"), GraphQLDescription("The receiving center; or name an outside agency instead.")] string? ToCenterId,
    [property: GraphQLDescription("The outside agency referred to; or name a center instead.")] string? ExternalAgency,
    [property: GraphQLDescription("Why the case is referred.")] string Reason);

public sealed record AcceptReferralInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The referral's global id (a CaseReferral).")] string ReferralId,
    [property: GraphQLType("ID"), GraphQLDescription("The caseworker of the receiving center who takes the case; the caller when omitted.")] string? WorkerId);

public sealed record DeclineReferralInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The referral's global id (a CaseReferral).")] string ReferralId,
    [property: GraphQLDescription("Why the referral is declined.")] string Reason);

public sealed record AddCaseNoteInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The case's global id.")] string CaseId,
    [property: GraphQLDescription("The note.")] string Text);

public sealed record CloseCaseInput(
    [property: GraphQLType("ID!"), GraphQLDescription("The case's global id.")] string CaseId,
    [property: GraphQLDescription("How the case ended.")] CaseOutcome Outcome,
    [property: GraphQLDescription("The closing summary.")] string Summary,
    [property: GraphQLDescription("Why the case ends before any service; required then.")] string? EarlyClosureReason,
    [property: GraphQLDescription("Days to check on the client after closure (사후관리), each after today.")] IReadOnlyList<DateOnly>? FollowUpDueDates);
