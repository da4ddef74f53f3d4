using GraphQL.Authorization;
using GraphQL.Relay;
using GraphQL.Types;
using Housing.Domain.Welfare;

namespace Housing.Api.GraphQL.Welfare;

/// <summary>Centers, staff, cases and every step of a case, as object types; children come from one batched read of their cases.</summary>
internal static class WelfareCaseTypes
{
    public static void Add(SchemaBuilder types)
    {
        AddCenterAndStaff(types);
        AddCase(types);
        AddSteps(types);
    }

    private static void AddCenterAndStaff(SchemaBuilder types)
    {
        types.AddObjectType<CenterRecord>(t =>
        {
            t.Description("A housing welfare center (주거복지센터).").BindFieldsExplicitly().Authorize(WelfareReads.DirectoryRoles);
            t.ImplementsNode(c => c.Id, async (context, id) =>
            {
                context.WelfareCaller();
                return await context.CenterAsync(id);
            });
            t.Field(c => c.Name).Description("The center's name, e.g. 영등포구 주거복지센터.");
            t.Field(c => c.Kind).Description("Central or district.");
            t.Field(c => c.SigunguCode).Description("The district's 5-digit sigungu code (e.g. 11560 영등포구); null for the central center.");
            t.Field(c => c.Phone).Description("The center's phone number.");
            t.Field(c => c.Address).Description("The center's address.");
        });

        types.AddObjectType<WelfareStaff>(t =>
        {
            t.Description("A person working at a welfare center (사례관리자, 센터장, 중앙센터 직원).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(s => s.Id, async (context, id) =>
            {
                context.WelfareCaller();
                await context.VisibleCasesAsync();
                return await context.StaffAsync(id);
            });
            t.Field(s => s.Name).Description("The staff member's name.");
            t.Field(s => s.Role).Description("Caseworker, center manager or central staff.");
            t.Field(s => s.Active).Description("False once the person left the center.");
            t.Field("center").Type("WelfareCenter!").Description("The center the person works at.")
                .ResolveAsync(context => context.CenterAsync(context.Parent<WelfareStaff>().CenterId));
        });
    }

    private static void AddCase(SchemaBuilder types) => types.AddObjectType<CaseRecord>(t =>
    {
        t.Description("A housing-welfare case (주거복지 사례): one client's path from intake through assessment, plan, services and "
                      + "monitoring to closure, owned by one center at a time.")
            .BindFieldsExplicitly()
            .Authorize(WelfareReads.StaffRoles);
        t.ImplementsNode(c => c.Id, (context, id) => context.LoggedCaseAsync(id));
        t.Field(c => c.Status).Description("The case's stage.");
        t.Field("crises").Type("[CrisisType!]!").Description("The crises the case addresses, in the order of CrisisType.")
            .Resolve(context => context.Parent<CaseRecord>().Crises.Select(c => c.Type).Order().ToList());
        t.Field(c => c.Urgency).Description("How urgent the case is.");
        t.Field(c => c.IntakeChannel).Description("How the client came to the center.");
        t.Field(c => c.ReferralSource).Description("Who sent the client: 주민센터, a landlord, a hospital…");
        t.Field(c => c.PresentingProblem).Description("The housing problem as told at intake (주호소 문제).");
        t.Field(c => c.IntakeDate).Description("The day of intake (접수일); the time limits count from it.");
        t.Field(c => c.OpenedAt).Description("When the case was recorded.");
        t.Field("assessmentDueDate").Type("Date!").Description($"The needs assessment is due within {WelfareCase.AssessmentDays} days of intake.")
            .Resolve(context => context.Parent<CaseRecord>().IntakeDate.AddDays(WelfareCase.AssessmentDays));
        t.Field("planDueDate").Type("Date!").Description($"The plan is due within {WelfareCase.PlanDays} days of intake.")
            .Resolve(context => context.Parent<CaseRecord>().IntakeDate.AddDays(WelfareCase.PlanDays));
        t.Field(c => c.AssessmentOverdue).Description("An open case without assessment past its due date, as of today (Korea).");
        t.Field(c => c.PlanOverdue).Description("An open case without plan past its due date, as of today (Korea).");
        t.Field(c => c.TotalServiceAmount).Description("KRW of every service delivered to the case.");
        t.Field("center").Type("WelfareCenter!").Description("The center that owns the case now (changes when a referral is accepted).")
            .ResolveAsync(context => context.CenterAsync(context.Parent<CaseRecord>().CenterId));
        t.Field("openedBy").Type("WelfareCenter!").Description("The center that opened the case.")
            .ResolveAsync(context => context.CenterAsync(context.Parent<CaseRecord>().OpenedByCenterId));
        t.Field("assignedWorker").Type("WelfareStaff!").Description("The caseworker in charge (담당 사례관리자).")
            .ResolveAsync(context => context.StaffAsync(context.Parent<CaseRecord>().AssignedWorkerId));
        t.Field("client").Type("WelfareClient!").Description("The client, masked.")
            .ResolveAsync(context => context.ListedClientAsync(context.Parent<CaseRecord>().ClientId));
        Children(t, "assessment", "CaseAssessment", "The latest needs assessment (욕구사정), if any.", c => c.LatestAssessment);
        Children(t, "assessments", "[CaseAssessment!]!", "Every needs assessment, oldest first.", c => c.Assessments.OrderBy(a => a.AssessedAt).ToList());
        Children(t, "plan", "CasePlan", "The current service plan (서비스 계획), agreed at the latest case conference.", c => c.CurrentPlan);
        Children(t, "plans", "[CasePlan!]!", "Every plan, oldest first; a later plan revises an earlier one.", c => c.Plans.OrderBy(p => p.PlannedAt).ToList());
        Children(t, "services", "[CaseService!]!", "Services delivered (서비스 제공), by date.", c => c.Services.OrderBy(s => s.Date).ThenBy(s => s.RecordedAt).ToList());
        Children(t, "referrals", "[CaseReferral!]!", "Referrals to other centers and agencies (의뢰), oldest first.", c => c.Referrals.OrderBy(r => r.ReferredAt).ToList());
        Children(t, "notes", "[CaseNote!]!", "Case notes (사례 기록), oldest first.", c => c.Notes.OrderBy(n => n.WrittenAt).ToList());
        Children(t, "closure", "CaseClosure", "How the case ended (종결), once closed.", c => c.Closure);
        Children(t, "followUps", "[CaseFollowUp!]!", "Checks after closure (사후관리), by due date.", c => c.FollowUps.OrderBy(f => f.DueDate).ToList());
        Children(t, "timeline", "[CaseTimelineEntry!]!", "Everything that happened to the case, oldest first.", c => c.Timeline());
    });

    private static void Children(ObjectTypeDescriptor<CaseRecord> type, string name, string sdlType, string description, Func<WelfareCase, object?> read) =>
        type.Field(name).Type(sdlType).Description(description)
            .ResolveAsync(async context => await context.AggregateAsync(context.Parent<CaseRecord>().Id) is { } aggregate ? read(aggregate) : null);

    private static void AddSteps(SchemaBuilder types)
    {
        types.AddObjectType<CaseAssessment>(t =>
        {
            t.Description("A needs assessment (욕구사정).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(a => a.Id, (context, id) => context.CaseChildAsync(id, c => c.Assessments.Any(a => a.Id == id), c => c.Assessments.FirstOrDefault(a => a.Id == id)));
            t.Field(a => a.Needs).Description("The client's needs as assessed.");
            t.Field(a => a.HousingCondition).Description("The state of the client's housing.");
            t.Field(a => a.FinancialSituation).Description("Income, debts and arrears.");
            t.Field(a => a.AssessedAt).Description("When the assessment was recorded.");
            StaffField(t, "assessedBy", "Who assessed.", a => a.AssessedByStaffId);
        });

        types.AddObjectType<CasePlan>(t =>
        {
            t.Description("A service plan agreed at a case conference (사례회의).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(p => p.Id, (context, id) => context.CaseChildAsync(id, c => c.Plans.Any(p => p.Id == id), c => c.Plans.FirstOrDefault(p => p.Id == id)));
            t.Field(p => p.ConferenceDate).Description("The day of the case conference.");
            t.Field(p => p.ConferenceParticipants).Description("Who took part.");
            t.Field("goals").Type("[PlanGoal!]!").Description("The plan's goals, in order.")
                .Resolve(context => context.Parent<CasePlan>().Goals.OrderBy(g => g.Order).ToList());
            t.Field(p => p.PlannedAt).Description("When the plan was recorded.");
            StaffField(t, "plannedBy", "Who recorded the plan.", p => p.PlannedByStaffId);
        });

        types.AddObjectType<PlanGoal>(t =>
        {
            t.Description("One goal of a service plan.").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(g => g.Id, (context, id) => context.CaseChildAsync(id,
                c => c.Plans.Any(p => p.Goals.Any(g => g.Id == id)), c => c.Plans.SelectMany(p => p.Goals).FirstOrDefault(g => g.Id == id)));
            t.Field(g => g.Order).Description("The goal's place in the plan, from 1.");
            t.Field(g => g.Description).Description("What the goal is.");
            t.Field(g => g.TargetDate).Description("When it should be reached.");
            t.Field(g => g.AchievedAt).Description("When it was reached; null while open.");
        });

        types.AddObjectType<ServiceRecord>(t =>
        {
            t.Name("CaseService").Description("A service delivered to the client (서비스 제공 기록).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(s => s.Id, (context, id) => context.CaseChildAsync(id, c => c.Services.Any(s => s.Id == id), c => c.Services.FirstOrDefault(s => s.Id == id)));
            t.Field(s => s.Type).Description("The kind of service.");
            t.Field(s => s.Provider).Description("Who delivered it: the center, a foundation, a public agency, a contractor.");
            t.Field(s => s.Amount).Description("KRW spent on the client (0 for services without money, such as counselling).");
            t.Field(s => s.Date).Description("The day it was delivered.");
            t.Field(s => s.Outcome).Description("What came of it.");
            t.Field(s => s.Note).Description("Anything worth knowing about it.");
            t.Field(s => s.RecordedAt).Description("When it was recorded.");
            StaffField(t, "recordedBy", "Who recorded it.", s => s.RecordedByStaffId);
        });

        types.AddObjectType<Referral>(t =>
        {
            t.Name("CaseReferral").Description("A referral (의뢰) of the case to another center, which may take it over, or to an outside agency.")
                .BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(r => r.Id, (context, id) => context.CaseChildAsync(id, c => c.Referrals.Any(r => r.Id == id), c => c.Referrals.FirstOrDefault(r => r.Id == id)));
            t.Field("fromCenter").Type("WelfareCenter!").Description("The center that referred the case.")
                .ResolveAsync(context => context.CenterAsync(context.Parent<Referral>().FromCenterId));
            t.Field("toCenter").Type("WelfareCenter").Description("The receiving center; null for an outside agency.")
                .ResolveAsync(async context => context.Parent<Referral>().ToCenterId is { } id ? await context.CenterAsync(id) : null);
            t.Field(r => r.ExternalAgency).Description("The outside agency referred to, e.g. 주민센터, LH.");
            t.Field(r => r.Reason).Description("Why the case was referred.");
            t.Field(r => r.Status).Description("Pending, accepted or declined.");
            t.Field(r => r.ReferredAt).Description("When it was referred.");
            t.Field(r => r.RespondedAt).Description("When it was answered.");
            t.Field(r => r.DeclineReason).Description("Why it was declined.");
            StaffField(t, "referredBy", "Who referred the case.", r => r.ReferredByStaffId);
        });

        types.AddObjectType<CaseNote>(t =>
        {
            t.Description("A note on the case (사례 기록).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.ImplementsNode(n => n.Id, (context, id) => context.CaseChildAsync(id, c => c.Notes.Any(n => n.Id == id), c => c.Notes.FirstOrDefault(n => n.Id == id)));
            t.Field(n => n.Text).Description("What was noted.");
            t.Field(n => n.WrittenAt).Description("When it was written.");
            StaffField(t, "writtenBy", "Who wrote it.", n => n.StaffId);
            t.Field("center").Type("WelfareCenter!").Description("The center the writer worked for.")
                .ResolveAsync(context => context.CenterAsync(context.Parent<CaseNote>().CenterId));
        });

        types.AddObjectType<CaseClosure>(t =>
        {
            t.Description("How and why the case ended (종결).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.Field(c => c.Outcome).Description("The outcome.");
            t.Field(c => c.Summary).Description("The closing summary.");
            t.Field(c => c.EarlyClosureReason).Description("Why the case ended before any service, when it did.");
            t.Field(c => c.ClosedFrom).Description("The stage the case was closed from.");
            t.Field(c => c.ClosedAt).Description("When it was closed.");
            StaffField(t, "closedBy", "Who closed it.", c => c.ClosedByStaffId);
        });

        types.AddObjectType<FollowUp>(t =>
        {
            t.Name("CaseFollowUp").Description("A check on the client after closure (사후관리).").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.Field(f => f.DueDate).Description("When the check is due.");
            t.Field(f => f.RecordedAt).Description("When it was done; null while due.");
            t.Field(f => f.Result).Description("What the check found.");
            t.Field(f => f.HousingStable).Description("Whether the client's housing was still stable.");
        });

        types.AddObjectType<CaseTimelineEntry>(t =>
        {
            t.Description("One line of a case's timeline.").BindFieldsExplicitly().Authorize(WelfareReads.StaffRoles);
            t.Field(e => e.At).Description("When it happened.");
            t.Field(e => e.Kind).Description("What kind of step it was.");
            t.Field(e => e.Summary).Description("The step in a line.");
            t.Field("staff").Type("WelfareStaff").Description("Who did it.")
                .ResolveAsync(async context => context.Parent<CaseTimelineEntry>().StaffId is { } id ? await context.StaffAsync(id) : null);
            t.Field("center").Type("WelfareCenter").Description("The center it happened at, when recorded.")
                .ResolveAsync(async context => context.Parent<CaseTimelineEntry>().CenterId is { } id ? await context.CenterAsync(id) : null);
        });
    }

    private static void StaffField<T>(ObjectTypeDescriptor<T> type, string name, string description, Func<T, Guid> staffId) =>
        type.Field(name).Type("WelfareStaff!").Description(description)
            .ResolveAsync(context => context.StaffAsync(staffId(context.Parent<T>())));
}
