using GraphQL.Types;
using Housing.Domain.Welfare;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>The Domain's welfare enums, described in the schema in its own words.</summary>
internal static class WelfareEnums
{
    public static void Add(SchemaBuilder types)
    {
        Describe<CaseStatus>(types, "The stage of a case: Intake → Assessment (욕구사정) → Planning (사례회의) → Service → Monitoring → Closed; FollowUp after closure while checks are pending.");
        Describe<IntakeChannel>(types, "How the client came to the center (접수 경로).");
        Describe<CrisisType>(types, "The housing crisis a case addresses (주거위기 유형): rent arrears, eviction, substandard housing, homelessness risk, utility cut-off, disaster.");
        Describe<Urgency>(types, "How urgent the case is; emergency cases may receive services before the plan.");
        Describe<ServiceType>(types, "A kind of service delivered: emergency housing cost (긴급주거비), rental housing linkage (임대주택 연계), home repair (집수리), deposit loan (보증금 대출), welfare resource linkage, counselling.");
        Describe<ServiceOutcome>(types, "What came of a service.");
        Describe<ReferralStatus>(types, "Where a referral stands: pending, accepted or declined by the receiving center or agency.");
        Describe<CaseOutcome>(types, "How a case ended (종결 사유).");
        Describe<IncomeLevel>(types, "The client's income level as the welfare system classifies it (수급자, 차상위, 기준 중위소득 bands).");
        Describe<CenterKind>(types, "The central center (sees every case) or a district center (its own and referred-in cases).");
        Describe<StaffRole>(types, "A staff member's role at their center.");
        Describe<AccessAction>(types, "What was done with a client's personal data: viewed (masked), revealed in the clear, or exported.");
        Describe<CaseTimelineKind>(types, "What a line of a case's timeline records.");
    }

    private static void Describe<TEnum>(SchemaBuilder types, string description)
        where TEnum : struct, Enum =>
        types.AddType(new EnumType<TEnum> { Description = description });
}
