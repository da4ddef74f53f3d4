// Written by `dotnet run --project Api -- migrations add ModerationAuditNotificationRoundsOfficerDistricts`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.Sqlite;

public partial class ModerationAuditNotificationRoundsOfficerDistricts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "RestoredAt", table: "Listings", type: "INTEGER", nullable: true);

        migrationBuilder.AddColumn<Guid>(name: "RestoredByUserId", table: "Listings", type: "TEXT", nullable: true);

        migrationBuilder.AddColumn<int>(name: "NotificationRound", table: "DocumentDeliveries", type: "INTEGER", nullable: false, defaultValue: 0);

        migrationBuilder.AddColumn<string>(name: "DistrictCode", table: "AspNetUsers", type: "TEXT", maxLength: 5, nullable: true);

        // A delivery to a complex still waiting for its first (or a resend's) SMS keeps waiting: one round more than those queued.
        migrationBuilder.Sql("""
            UPDATE "DocumentDeliveries" SET "NotificationRound" = "NotificationCount"
                + CASE WHEN "NotificationRequestedAt" IS NOT NULL AND ("LastNotifiedAt" IS NULL OR "LastNotifiedAt" < "NotificationRequestedAt") THEN 1 ELSE 0 END
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "RestoredAt", table: "Listings");

        migrationBuilder.DropColumn(name: "RestoredByUserId", table: "Listings");

        migrationBuilder.DropColumn(name: "NotificationRound", table: "DocumentDeliveries");

        migrationBuilder.DropColumn(name: "DistrictCode", table: "AspNetUsers");
    }
}
