namespace Housing.Domain.Welfare;

/// <summary>
/// Stages of a case. A case moves forward one stage at a time (Intake → Assessment → Planning →
/// Service → Monitoring → Closed); after closure it is in FollowUp while scheduled follow-ups are
/// pending and returns to Closed when the last one is recorded.
/// </summary>
public enum CaseStatus
{
    Intake,
    Assessment,
    Planning,
    Service,
    Monitoring,
    Closed,
    FollowUp,
}

public enum IntakeChannel
{
    WalkIn,
    Phone,
    Online,
    Outreach,
    Referral,
}

public enum CrisisType
{
    RentArrears,
    Eviction,
    SubstandardHousing,
    HomelessnessRisk,
    UtilityCutOff,
    Disaster,
}

public enum Urgency
{
    Normal,
    High,

    /// <summary>Emergency support may be delivered before the plan exists.</summary>
    Emergency,
}

public enum ServiceType
{
    EmergencyHousingCost,
    RentalHousingLinkage,
    HomeRepair,
    DepositLoan,
    WelfareResourceLinkage,
    Counselling,
}

public enum ServiceOutcome
{
    Delivered,
    PartiallyDelivered,
    NotDelivered,
    Pending,
}

public enum ReferralStatus
{
    Pending,
    Accepted,
    Declined,
}

public enum CaseOutcome
{
    /// <summary>The housing crisis was resolved.</summary>
    Resolved,
    PartiallyResolved,
    Unresolved,

    /// <summary>The client withdrew consent or stopped taking part.</summary>
    Withdrawn,
    Unreachable,

    /// <summary>Handed over to an agency outside the platform.</summary>
    TransferredExternally,
    Deceased,
}
