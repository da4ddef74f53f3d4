namespace Housing.Infrastructure.Jobs;

/// <summary>A job the platform schedules: its name, class, default cron schedule (KST) and what it does.</summary>
public sealed record HousingJobDefinition(string Name, Type JobType, string DefaultSchedule, string Description);

/// <summary>Every scheduled job of the platform, in the order the admin lists them.</summary>
public static class HousingJobCatalog
{
    public const string Group = "housing";

    public static readonly TimeZoneInfo Korea = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    public static IReadOnlyList<HousingJobDefinition> All { get; } =
    [
        new("outbox-dispatch", typeof(Notifications.OutboxDispatchJob), "0 * * * * ?", "Sends due SMS and e-mail from the outbox (SMS held during quiet hours)."),
        new("document-deadline-reminders", typeof(Reminders.DocumentDeadlineRemindersJob), "0 0 8-20 * * ?", "SMS to managers whose document is not read or replied: D-3, D-1, overdue."),
        new("disclosure-reminders", typeof(Reminders.DisclosureRemindersJob), "0 0 9 1 * ?", "Managers whose month is not disclosed by the end of the following month, and the list to the district."),
        new("welfare-time-limits", typeof(Reminders.WelfareTimeLimitsJob), "0 0 9 * * ?", "Caseworkers of cases past the assessment (10 days) or plan (30 days) limit, and follow-ups due."),
        new("group-buy-settlement", typeof(Reminders.GroupBuySettlementJob), "0 */15 * * * ?", "Settles group buys past their deadline: confirms or cancels their orders."),
        new("poll-closing", typeof(Reminders.PollClosingJob), "0 */15 * * * ?", "Closes votes and surveys at their closing time and tallies them."),
        new("points-expiry", typeof(Reminders.PointsExpiryJob), "0 30 0 * * ?", "Expires points past their validity."),
        new("access-log-review-reminder", typeof(Reminders.AccessLogReviewReminderJob), "0 0 9 1 * ?", "Reminds welfare center managers of the monthly access-log review."),
        new("disclosure-export-cleanup", typeof(Exports.DisclosureExportCleanupJob), "0 10 * * * ?", "Deletes disclosure export files past their seven days and marks the exports expired."),
        new("kapt-sync", typeof(Kapt.KaptSyncJob), "0 30 2 * * ?", "Imports K-apt complexes and monthly fees (resumes from its checkpoint)."),
        new("rental-notices-import", typeof(RentalNotices.RentalNoticeImportJob), "0 0 6 * * ?", "Imports public rental notices into rental-housing listings."),
    ];
}
