// Written by `dotnet run --project Api -- migrations add Initial`; edit only to add data steps.
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Housing.Infrastructure.Persistence.Migrations.Sqlite;

public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ApiClients",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                SecretHash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Scopes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                IsRevoked = table.Column<bool>(type: "INTEGER", nullable: false),
                RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiClients", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: true),
                ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                WelfareCenterId = table.Column<Guid>(type: "TEXT", nullable: true),
                VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "CommonSpendingRequests",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                RequestedByResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                TransactionId = table.Column<Guid>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommonSpendingRequests", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Documents",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                SenderKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Prefix = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Year = table.Column<int>(type: "INTEGER", nullable: false),
                Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                Number = table.Column<string>(type: "TEXT", maxLength: 220, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                RequiresReply = table.Column<bool>(type: "INTEGER", nullable: false),
                ReplyDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                SentByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Documents", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "JobRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                JobGroup = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                JobName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                TriggerName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                FireInstanceId = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                Node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Manual = table.Column<bool>(type: "INTEGER", nullable: false),
                ScheduledFor = table.Column<long>(type: "INTEGER", nullable: true),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Result = table.Column<string>(type: "TEXT", nullable: false),
                Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JobRuns", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "LedgerTransactions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                ReferenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                Fingerprint = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LedgerTransactions", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Listings",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                Price = table.Column<long>(type: "INTEGER", nullable: false),
                AcceptsPoints = table.Column<bool>(type: "INTEGER", nullable: false),
                SellerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SellerResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                SellerVendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ScopeComplexId = table.Column<Guid>(type: "TEXT", nullable: true),
                ScopeRegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                TalentCategory = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                MinimumParticipants = table.Column<int>(type: "INTEGER", nullable: true),
                Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                GroupBuyOutcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                RentalDeposit = table.Column<long>(type: "INTEGER", nullable: true),
                RentalMonthlyRent = table.Column<long>(type: "INTEGER", nullable: true),
                RentalExclusiveArea = table.Column<double>(type: "REAL", nullable: true),
                RentalAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                RentalSupplyType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                RentalEligibility = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                RentalApplicationStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                RentalApplicationEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                SourceNoticeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                StatusBeforeHidden = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                HiddenReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                HiddenByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                HiddenAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Listings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "NewsItems",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SigunguCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: true),
                Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                ApplyFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                ApplyUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NewsItems", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "OutboundMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Channel = table.Column<string>(type: "TEXT", nullable: false),
                Recipient = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                NotBefore = table.Column<long>(type: "INTEGER", nullable: false),
                AttemptCount = table.Column<int>(type: "INTEGER", nullable: false),
                SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                ProviderMessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutboundMessages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PointAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                Operator = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                Balance = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PointAccounts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "qrtz_calendars",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                calendar_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                calendar = table.Column<byte[]>(type: "BLOB", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_calendars", x => new { x.sched_name, x.calendar_name });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_execution_history",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                entry_id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                instance_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                job_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                fired_time = table.Column<long>(type: "INTEGER", nullable: false),
                run_time = table.Column<long>(type: "INTEGER", nullable: false),
                succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                error_message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                retry_attempt = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                retry_scheduled = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                execution_log = table.Column<string>(type: "TEXT", nullable: true),
                result = table.Column<int>(type: "INTEGER", nullable: true),
                summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                metrics = table.Column<string>(type: "TEXT", nullable: true),
                manual = table.Column<bool>(type: "INTEGER", nullable: true),
                fire_instance_id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                job_input = table.Column<string>(type: "TEXT", nullable: true),
                job_input_too_large = table.Column<bool>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_execution_history", x => new { x.sched_name, x.entry_id });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_fired_triggers",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                entry_id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                instance_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                fired_time = table.Column<long>(type: "INTEGER", nullable: false),
                sched_time = table.Column<long>(type: "INTEGER", nullable: false),
                priority = table.Column<int>(type: "INTEGER", nullable: false),
                state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                job_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                is_nonconcurrent = table.Column<bool>(type: "INTEGER", nullable: true),
                requests_recovery = table.Column<bool>(type: "INTEGER", nullable: true),
                execution_group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                progress = table.Column<int>(type: "INTEGER", nullable: true),
                progress_message = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                interrupt_requested_time = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_fired_triggers", x => new { x.sched_name, x.entry_id });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_job_details",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                job_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                description = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                job_class_name = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                is_durable = table.Column<bool>(type: "INTEGER", nullable: false),
                is_nonconcurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                is_update_data = table.Column<bool>(type: "INTEGER", nullable: false),
                requests_recovery = table.Column<bool>(type: "INTEGER", nullable: false),
                job_data = table.Column<byte[]>(type: "BLOB", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_job_details", x => new { x.sched_name, x.job_name, x.job_group });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_job_status",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                job_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                first_fired_time = table.Column<long>(type: "INTEGER", nullable: false),
                last_fired_time = table.Column<long>(type: "INTEGER", nullable: false),
                last_result = table.Column<int>(type: "INTEGER", nullable: false),
                last_run_time = table.Column<long>(type: "INTEGER", nullable: false),
                last_instance_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                last_entry_id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                last_summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                last_success_time = table.Column<long>(type: "INTEGER", nullable: true),
                last_failure_time = table.Column<long>(type: "INTEGER", nullable: true),
                last_failure_message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                consecutive_failures = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                run_count = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
                failure_count = table.Column<long>(type: "INTEGER", nullable: false, defaultValue: 0L),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_job_status", x => new { x.sched_name, x.job_group, x.job_name });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_locks",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                lock_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_locks", x => new { x.sched_name, x.lock_name });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_misfire_history",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                entry_id = table.Column<string>(type: "TEXT", maxLength: 140, nullable: false),
                instance_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                job_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                misfire_time = table.Column<long>(type: "INTEGER", nullable: false),
                sched_time = table.Column<long>(type: "INTEGER", nullable: true),
                reason = table.Column<int>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_misfire_history", x => new { x.sched_name, x.entry_id });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_paused_job_grps",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                pause_reason = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                paused_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                paused_at = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_paused_job_grps", x => new { x.sched_name, x.job_group });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_paused_trigger_grps",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                pause_reason = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                paused_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                paused_at = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_paused_trigger_grps", x => new { x.sched_name, x.trigger_group });
            });

        migrationBuilder.CreateTable(
            name: "qrtz_scheduler_state",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                instance_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                last_checkin_time = table.Column<long>(type: "INTEGER", nullable: false),
                checkin_interval = table.Column<long>(type: "INTEGER", nullable: false),
                quartz_version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_scheduler_state", x => new { x.sched_name, x.instance_name });
            });

        migrationBuilder.CreateTable(
            name: "Regions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                SidoName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                SigunguCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                SigunguName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Regions", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SyncCheckpoints",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Scope = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                Status = table.Column<string>(type: "TEXT", nullable: false),
                RunKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Page = table.Column<int>(type: "INTEGER", nullable: false),
                ItemsDone = table.Column<int>(type: "INTEGER", nullable: false),
                Item = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                Month = table.Column<int>(type: "INTEGER", nullable: true),
                OperationsDone = table.Column<int>(type: "INTEGER", nullable: false),
                PartialData = table.Column<string>(type: "TEXT", nullable: true),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ResumeAt = table.Column<long>(type: "INTEGER", nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                Imported = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SyncCheckpoints", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Vendors",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                BusinessNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Vendors", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "WelfareAccessLog",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                At = table.Column<long>(type: "INTEGER", nullable: false),
                ActorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                CenterId = table.Column<Guid>(type: "TEXT", nullable: true),
                IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                Action = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareAccessLog", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "WelfareAccessLogHead",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                LastSequence = table.Column<long>(type: "INTEGER", nullable: false),
                LastHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareAccessLogHead", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCenters",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                SigunguCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCenters", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                ClaimValue = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(name: "FK_AspNetRoleClaims_AspNetRoles_RoleId", column: x => x.RoleId, principalTable: "AspNetRoles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                ClaimValue = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(name: "FK_AspNetUserClaims_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                UserId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(name: "FK_AspNetUserLogins_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(name: "FK_AspNetUserRoles_AspNetRoles_RoleId", column: x => x.RoleId, principalTable: "AspNetRoles", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_AspNetUserRoles_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Value = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(name: "FK_AspNetUserTokens_AspNetUsers_UserId", column: x => x.UserId, principalTable: "AspNetUsers", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DocumentAttachments",
            columns: table => new
            {
                FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Size = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentAttachments", x => new { x.DocumentId, x.FileId });
                table.ForeignKey(name: "FK_DocumentAttachments_Documents_DocumentId", column: x => x.DocumentId, principalTable: "Documents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DocumentDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                RecipientKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                NotificationRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                LastNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                NotificationCount = table.Column<int>(type: "INTEGER", nullable: false),
                ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                ReadByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                OverdueAt = table.Column<long>(type: "INTEGER", nullable: true),
                WasOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentDeliveries", x => x.Id);
                table.ForeignKey(name: "FK_DocumentDeliveries_Documents_DocumentId", column: x => x.DocumentId, principalTable: "Documents", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ListingReports",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ListingId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ListingReports", x => x.Id);
                table.ForeignKey(name: "FK_ListingReports_Listings_ListingId", column: x => x.ListingId, principalTable: "Listings", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Orders",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                ListingKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                SellerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SellerResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                SellerVendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                BuyerResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                BuyerComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                UnitPrice = table.Column<long>(type: "INTEGER", nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                PaidWithPoints = table.Column<bool>(type: "INTEGER", nullable: false),
                PaymentTransactionId = table.Column<Guid>(type: "TEXT", nullable: true),
                RefundTransactionId = table.Column<Guid>(type: "TEXT", nullable: true),
                RewardTransactionId = table.Column<Guid>(type: "TEXT", nullable: true),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                CancelledBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Orders", x => x.Id);
                table.ForeignKey(name: "FK_Orders_Listings_ListingId", column: x => x.ListingId, principalTable: "Listings", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "OutboundMessageAttempts",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Transport = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Outcome = table.Column<string>(type: "TEXT", nullable: false),
                Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutboundMessageAttempts", x => x.Id);
                table.ForeignKey(name: "FK_OutboundMessageAttempts_OutboundMessages_MessageId", column: x => x.MessageId, principalTable: "OutboundMessages", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "LedgerEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                BalanceAfter = table.Column<long>(type: "INTEGER", nullable: false),
                TransactionId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LedgerEntries", x => x.Id);
                table.ForeignKey(name: "FK_LedgerEntries_LedgerTransactions_TransactionId", column: x => x.TransactionId, principalTable: "LedgerTransactions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey(name: "FK_LedgerEntries_PointAccounts_AccountId", column: x => x.AccountId, principalTable: "PointAccounts", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PointLots",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                TransactionId = table.Column<Guid>(type: "TEXT", nullable: false),
                EarnedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                Remaining = table.Column<long>(type: "INTEGER", nullable: false),
                Expired = table.Column<long>(type: "INTEGER", nullable: false),
                AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PointLots", x => x.Id);
                table.ForeignKey(name: "FK_PointLots_PointAccounts_AccountId", column: x => x.AccountId, principalTable: "PointAccounts", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "qrtz_triggers",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                job_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                job_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                description = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                next_fire_time = table.Column<long>(type: "INTEGER", nullable: true),
                prev_fire_time = table.Column<long>(type: "INTEGER", nullable: true),
                priority = table.Column<int>(type: "INTEGER", nullable: true),
                trigger_state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                trigger_type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                start_time = table.Column<long>(type: "INTEGER", nullable: false),
                end_time = table.Column<long>(type: "INTEGER", nullable: true),
                calendar_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                misfire_instr = table.Column<int>(type: "INTEGER", nullable: true),
                misfire_orig_fire_time = table.Column<long>(type: "INTEGER", nullable: true),
                execution_group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                preferred_node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                preferred_node_auto = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                retry_policy = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                retry_attempt = table.Column<int>(type: "INTEGER", nullable: true),
                continues_trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                continues_trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                continuation_condition = table.Column<int>(type: "INTEGER", nullable: true),
                overlap_policy = table.Column<int>(type: "INTEGER", nullable: true),
                pause_reason = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                paused_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                paused_at = table.Column<long>(type: "INTEGER", nullable: true),
                misfire_threshold = table.Column<long>(type: "INTEGER", nullable: true),
                fixed_delay = table.Column<bool>(type: "INTEGER", nullable: true),
                job_data = table.Column<byte[]>(type: "BLOB", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                table.ForeignKey(name: "FK_qrtz_triggers_qrtz_job_details_sched_name_job_name_job_group", columns: x => new { x.sched_name, x.job_name, x.job_group }, principalTable: "qrtz_job_details", principalColumns: new[] { "sched_name", "job_name", "job_group" });
            });

        migrationBuilder.CreateTable(
            name: "Complexes",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                KaptCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                RegionId = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                BjdCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                LotAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                RoadAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                HousingType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SaleType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                HeatingType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ManagementType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                HouseholdCount = table.Column<int>(type: "INTEGER", nullable: false),
                BuildingCount = table.Column<int>(type: "INTEGER", nullable: false),
                ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                TotalArea = table.Column<double>(type: "REAL", nullable: false),
                ManagedArea = table.Column<double>(type: "REAL", nullable: false),
                ExclusiveArea = table.Column<double>(type: "REAL", nullable: false),
                OfficePhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                Operator = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Complexes", x => x.Id);
                table.ForeignKey(name: "FK_Complexes_Regions_RegionId", column: x => x.RegionId, principalTable: "Regions", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WelfareAccessLogReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                Month = table.Column<int>(type: "INTEGER", nullable: false),
                EntriesReviewed = table.Column<int>(type: "INTEGER", nullable: false),
                Reveals = table.Column<int>(type: "INTEGER", nullable: false),
                Exports = table.Column<int>(type: "INTEGER", nullable: false),
                ChainIntact = table.Column<bool>(type: "INTEGER", nullable: false),
                Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                SignedOffByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                SignedOffAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareAccessLogReviews", x => x.Id);
                table.ForeignKey(name: "FK_WelfareAccessLogReviews_WelfareCenters_CenterId", column: x => x.CenterId, principalTable: "WelfareCenters", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WelfareClients",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                RegisteredByCenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                IncomeLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                ProtectedRegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                MaskedRegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                RegistrationNumberLegalBasis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareClients", x => x.Id);
                table.ForeignKey(name: "FK_WelfareClients_WelfareCenters_RegisteredByCenterId", column: x => x.RegisteredByCenterId, principalTable: "WelfareCenters", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WelfareStaff",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                CenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Active = table.Column<bool>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareStaff", x => x.Id);
                table.ForeignKey(name: "FK_WelfareStaff_WelfareCenters_CenterId", column: x => x.CenterId, principalTable: "WelfareCenters", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "DocumentReplies",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                RepliedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                RepliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                DeliveryId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentReplies", x => x.Id);
                table.ForeignKey(name: "FK_DocumentReplies_DocumentDeliveries_DeliveryId", column: x => x.DeliveryId, principalTable: "DocumentDeliveries", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "qrtz_blob_triggers",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                blob_data = table.Column<byte[]>(type: "BLOB", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_blob_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                table.ForeignKey(name: "FK_qrtz_blob_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group", columns: x => new { x.sched_name, x.trigger_name, x.trigger_group }, principalTable: "qrtz_triggers", principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "qrtz_cron_triggers",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                cron_expression = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                time_zone_id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_cron_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                table.ForeignKey(name: "FK_qrtz_cron_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group", columns: x => new { x.sched_name, x.trigger_name, x.trigger_group }, principalTable: "qrtz_triggers", principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "qrtz_simple_triggers",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                repeat_count = table.Column<long>(type: "INTEGER", nullable: false),
                repeat_interval = table.Column<long>(type: "INTEGER", nullable: false),
                times_triggered = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_simple_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                table.ForeignKey(name: "FK_qrtz_simple_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group", columns: x => new { x.sched_name, x.trigger_name, x.trigger_group }, principalTable: "qrtz_triggers", principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "qrtz_simprop_triggers",
            columns: table => new
            {
                sched_name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                trigger_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                trigger_group = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                str_prop_1 = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                str_prop_2 = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                str_prop_3 = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                int_prop_1 = table.Column<int>(type: "INTEGER", nullable: true),
                int_prop_2 = table.Column<int>(type: "INTEGER", nullable: true),
                long_prop_1 = table.Column<long>(type: "INTEGER", nullable: true),
                long_prop_2 = table.Column<long>(type: "INTEGER", nullable: true),
                dec_prop_1 = table.Column<decimal>(type: "TEXT", precision: 13, scale: 4, nullable: true),
                dec_prop_2 = table.Column<decimal>(type: "TEXT", precision: 13, scale: 4, nullable: true),
                bool_prop_1 = table.Column<bool>(type: "INTEGER", nullable: true),
                bool_prop_2 = table.Column<bool>(type: "INTEGER", nullable: true),
                time_zone_id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_qrtz_simprop_triggers", x => new { x.sched_name, x.trigger_name, x.trigger_group });
                table.ForeignKey(name: "FK_qrtz_simprop_triggers_qrtz_triggers_sched_name_trigger_name_trigger_group", columns: x => new { x.sched_name, x.trigger_name, x.trigger_group }, principalTable: "qrtz_triggers", principalColumns: new[] { "sched_name", "trigger_name", "trigger_group" }, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AnnualFeeStatements",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Year = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                Revision = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AnnualFeeStatements", x => x.Id);
                table.ForeignKey(name: "FK_AnnualFeeStatements_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Buildings",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Buildings", x => x.Id);
                table.ForeignKey(name: "FK_Buildings_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Complaints",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "TEXT", nullable: false),
                Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                FiledByResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                FiledByHouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                FiledByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                AssigneeUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                AssignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                SatisfactionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Complaints", x => x.Id);
                table.ForeignKey(name: "FK_Complaints_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ComplexManagerAssignments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ComplexManagerAssignments", x => x.Id);
                table.ForeignKey(name: "FK_ComplexManagerAssignments_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DisclosureMonths",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Month = table.Column<int>(type: "INTEGER", nullable: false),
                IsDisclosed = table.Column<bool>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                FirstDisclosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                FiledByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                FiledLate = table.Column<bool>(type: "INTEGER", nullable: true),
                ExclusiveArea = table.Column<double>(type: "REAL", nullable: false),
                RepairReserveRate = table.Column<double>(type: "REAL", nullable: true),
                Revision = table.Column<int>(type: "INTEGER", nullable: false),
                CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                CommonTotal = table.Column<long>(type: "INTEGER", nullable: true),
                GeneralManagementTotal = table.Column<long>(type: "INTEGER", nullable: true),
                IndividualUsageTotal = table.Column<long>(type: "INTEGER", nullable: true),
                OtherUsageTotal = table.Column<long>(type: "INTEGER", nullable: true),
                RepairReserveCharged = table.Column<long>(type: "INTEGER", nullable: true),
                MiscIncome = table.Column<long>(type: "INTEGER", nullable: true),
                GrandTotal = table.Column<long>(type: "INTEGER", nullable: true),
                CommonPerSquareMeter = table.Column<double>(type: "REAL", nullable: true),
                IndividualUsagePerSquareMeter = table.Column<double>(type: "REAL", nullable: true),
                OtherUsagePerSquareMeter = table.Column<double>(type: "REAL", nullable: true),
                RepairReservePerSquareMeter = table.Column<double>(type: "REAL", nullable: true),
                GrandTotalPerSquareMeter = table.Column<double>(type: "REAL", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DisclosureMonths", x => x.Id);
                table.ForeignKey(name: "FK_DisclosureMonths_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Notices",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                Pinned = table.Column<bool>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Notices", x => x.Id);
                table.ForeignKey(name: "FK_Notices_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Polls",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "TEXT", nullable: true),
                OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                EligibleHouseholds = table.Column<int>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Polls", x => x.Id);
                table.ForeignKey(name: "FK_Polls_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCases",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                OpenedByCenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                ClientId = table.Column<Guid>(type: "TEXT", nullable: false),
                AssignedWorkerId = table.Column<Guid>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                IntakeChannel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ReferralSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                PresentingProblem = table.Column<string>(type: "TEXT", nullable: false),
                IntakeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCases", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCases_WelfareCenters_CenterId", column: x => x.CenterId, principalTable: "WelfareCenters", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_WelfareCases_WelfareClients_ClientId", column: x => x.ClientId, principalTable: "WelfareClients", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "WelfareClientHouseholdMembers",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Relationship = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                ClientId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareClientHouseholdMembers", x => x.Id);
                table.ForeignKey(name: "FK_WelfareClientHouseholdMembers_WelfareClients_ClientId", column: x => x.ClientId, principalTable: "WelfareClients", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DocumentReplyAttachments",
            columns: table => new
            {
                FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                ReplyId = table.Column<Guid>(type: "TEXT", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Size = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentReplyAttachments", x => new { x.ReplyId, x.FileId });
                table.ForeignKey(name: "FK_DocumentReplyAttachments_DocumentReplies_ReplyId", column: x => x.ReplyId, principalTable: "DocumentReplies", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AnnualFeeAmounts",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                AnnualFeeStatementId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AnnualFeeAmounts", x => x.Id);
                table.ForeignKey(name: "FK_AnnualFeeAmounts_AnnualFeeStatements_AnnualFeeStatementId", column: x => x.AnnualFeeStatementId, principalTable: "AnnualFeeStatements", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Households",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                MovedInOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                MovedOutOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                HeadResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Households", x => x.Id);
                table.ForeignKey(name: "FK_Households_Buildings_BuildingId", column: x => x.BuildingId, principalTable: "Buildings", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey(name: "FK_Households_Complexes_ComplexId", column: x => x.ComplexId, principalTable: "Complexes", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Units",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Floor = table.Column<int>(type: "INTEGER", nullable: false),
                ExclusiveArea = table.Column<double>(type: "REAL", nullable: false),
                BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Units", x => x.Id);
                table.ForeignKey(name: "FK_Units_Buildings_BuildingId", column: x => x.BuildingId, principalTable: "Buildings", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ComplaintEvents",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                At = table.Column<long>(type: "INTEGER", nullable: false),
                ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ComplaintEvents", x => x.Id);
                table.ForeignKey(name: "FK_ComplaintEvents_Complaints_ComplaintId", column: x => x.ComplaintId, principalTable: "Complaints", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ComplaintPhotos",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ComplaintPhotos", x => x.Id);
                table.ForeignKey(name: "FK_ComplaintPhotos_Complaints_ComplaintId", column: x => x.ComplaintId, principalTable: "Complaints", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DisclosureFlags",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                DisclosureMonthId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DisclosureFlags", x => x.Id);
                table.ForeignKey(name: "FK_DisclosureFlags_DisclosureMonths_DisclosureMonthId", column: x => x.DisclosureMonthId, principalTable: "DisclosureMonths", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DisclosureLineItems",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ItemCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                DisclosureMonthId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DisclosureLineItems", x => x.Id);
                table.ForeignKey(name: "FK_DisclosureLineItems_DisclosureMonths_DisclosureMonthId", column: x => x.DisclosureMonthId, principalTable: "DisclosureMonths", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DisclosureRevisions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                WasDisclosed = table.Column<bool>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                FiledByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                GrandTotal = table.Column<long>(type: "INTEGER", nullable: true),
                RepairReserveRate = table.Column<double>(type: "REAL", nullable: true),
                Items = table.Column<string>(type: "TEXT", nullable: false),
                CorrectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                DisclosureMonthId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DisclosureRevisions", x => x.Id);
                table.ForeignKey(name: "FK_DisclosureRevisions_DisclosureMonths_DisclosureMonthId", column: x => x.DisclosureMonthId, principalTable: "DisclosureMonths", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NoticeAttachments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NoticeAttachments", x => x.Id);
                table.ForeignKey(name: "FK_NoticeAttachments_Notices_NoticeId", column: x => x.NoticeId, principalTable: "Notices", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BallotAnswers",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                BallotKey = table.Column<Guid>(type: "TEXT", nullable: false),
                QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                OptionId = table.Column<Guid>(type: "TEXT", nullable: true),
                Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                PollId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BallotAnswers", x => x.Id);
                table.ForeignKey(name: "FK_BallotAnswers_Polls_PollId", column: x => x.PollId, principalTable: "Polls", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PollParticipations",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                CastAt = table.Column<long>(type: "INTEGER", nullable: false),
                PollId = table.Column<Guid>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollParticipations", x => x.Id);
                table.ForeignKey(name: "FK_PollParticipations_Polls_PollId", column: x => x.PollId, principalTable: "Polls", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PollQuestions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                PollId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollQuestions", x => x.Id);
                table.ForeignKey(name: "FK_PollQuestions_Polls_PollId", column: x => x.PollId, principalTable: "Polls", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCaseAssessments",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Needs = table.Column<string>(type: "TEXT", nullable: false),
                HousingCondition = table.Column<string>(type: "TEXT", nullable: true),
                FinancialSituation = table.Column<string>(type: "TEXT", nullable: true),
                AssessedByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                AssessedAt = table.Column<long>(type: "INTEGER", nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCaseAssessments", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCaseAssessments_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCaseClosures",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                EarlyClosureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                ClosedFrom = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                ClosedByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCaseClosures", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCaseClosures_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCaseCrises",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCaseCrises", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCaseCrises_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCaseNotes",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                CenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                WrittenAt = table.Column<long>(type: "INTEGER", nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCaseNotes", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCaseNotes_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCasePlans",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                ConferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                ConferenceParticipants = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                PlannedByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCasePlans", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCasePlans_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareCaseStatusChanges",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                CenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                At = table.Column<long>(type: "INTEGER", nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareCaseStatusChanges", x => x.Id);
                table.ForeignKey(name: "FK_WelfareCaseStatusChanges_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareFollowUps",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                RecordedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                Result = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                HousingStable = table.Column<bool>(type: "INTEGER", nullable: true),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareFollowUps", x => x.Id);
                table.ForeignKey(name: "FK_WelfareFollowUps_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareReferrals",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                FromCenterId = table.Column<Guid>(type: "TEXT", nullable: false),
                ToCenterId = table.Column<Guid>(type: "TEXT", nullable: true),
                ExternalAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                ReferredByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                RespondedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareReferrals", x => x.Id);
                table.ForeignKey(name: "FK_WelfareReferrals_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfareServiceRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Amount = table.Column<long>(type: "INTEGER", nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                Note = table.Column<string>(type: "TEXT", nullable: true),
                RecordedByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                WelfareCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfareServiceRecords", x => x.Id);
                table.ForeignKey(name: "FK_WelfareServiceRecords_WelfareCases_WelfareCaseId", column: x => x.WelfareCaseId, principalTable: "WelfareCases", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Residents",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                ComplexId = table.Column<Guid>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                IsRepresentative = table.Column<bool>(type: "INTEGER", nullable: false),
                JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Residents", x => x.Id);
                table.ForeignKey(name: "FK_Residents_Households_HouseholdId", column: x => x.HouseholdId, principalTable: "Households", principalColumn: "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PollOptions",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Votes = table.Column<int>(type: "INTEGER", nullable: true),
                PollQuestionId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollOptions", x => x.Id);
                table.ForeignKey(name: "FK_PollOptions_PollQuestions_PollQuestionId", column: x => x.PollQuestionId, principalTable: "PollQuestions", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WelfarePlanGoals",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                AchievedAt = table.Column<long>(type: "INTEGER", nullable: true),
                CasePlanId = table.Column<Guid>(type: "TEXT", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WelfarePlanGoals", x => x.Id);
                table.ForeignKey(name: "FK_WelfarePlanGoals_WelfareCasePlans_CasePlanId", column: x => x.CasePlanId, principalTable: "WelfareCasePlans", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AnnualFeeAmounts_AnnualFeeStatementId_Group", table: "AnnualFeeAmounts", columns: new[] { "AnnualFeeStatementId", "Group" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_AnnualFeeStatements_ComplexId_Year_Kind", table: "AnnualFeeStatements", columns: new[] { "ComplexId", "Year", "Kind" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_ApiClients_ClientId", table: "ApiClients", columns: new[] { "ClientId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_AspNetRoleClaims_RoleId", table: "AspNetRoleClaims", columns: new[] { "RoleId" });

        migrationBuilder.CreateIndex(name: "RoleNameIndex", table: "AspNetRoles", columns: new[] { "NormalizedName" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_AspNetUserClaims_UserId", table: "AspNetUserClaims", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "IX_AspNetUserLogins_UserId", table: "AspNetUserLogins", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "IX_AspNetUserRoles_RoleId", table: "AspNetUserRoles", columns: new[] { "RoleId" });

        migrationBuilder.CreateIndex(name: "EmailIndex", table: "AspNetUsers", columns: new[] { "NormalizedEmail" });

        migrationBuilder.CreateIndex(name: "UserNameIndex", table: "AspNetUsers", columns: new[] { "NormalizedUserName" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_BallotAnswers_PollId_QuestionId", table: "BallotAnswers", columns: new[] { "PollId", "QuestionId" });

        migrationBuilder.CreateIndex(name: "IX_Buildings_ComplexId_Name", table: "Buildings", columns: new[] { "ComplexId", "Name" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_CommonSpendingRequests_ComplexId_Status", table: "CommonSpendingRequests", columns: new[] { "ComplexId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_ComplaintEvents_ComplaintId", table: "ComplaintEvents", columns: new[] { "ComplaintId" });

        migrationBuilder.CreateIndex(name: "IX_ComplaintPhotos_ComplaintId", table: "ComplaintPhotos", columns: new[] { "ComplaintId" });

        migrationBuilder.CreateIndex(name: "IX_Complaints_AssigneeUserId_Status", table: "Complaints", columns: new[] { "AssigneeUserId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_Complaints_ComplexId_Status_FiledAt", table: "Complaints", columns: new[] { "ComplexId", "Status", "FiledAt" });

        migrationBuilder.CreateIndex(name: "IX_Complaints_FiledByHouseholdId", table: "Complaints", columns: new[] { "FiledByHouseholdId" });

        migrationBuilder.CreateIndex(name: "IX_Complexes_HousingType_HeatingType_HouseholdCount", table: "Complexes", columns: new[] { "HousingType", "HeatingType", "HouseholdCount" });

        migrationBuilder.CreateIndex(name: "IX_Complexes_KaptCode", table: "Complexes", columns: new[] { "KaptCode" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Complexes_RegionId", table: "Complexes", columns: new[] { "RegionId" });

        migrationBuilder.CreateIndex(name: "IX_ComplexManagerAssignments_ComplexId", table: "ComplexManagerAssignments", columns: new[] { "ComplexId" });

        migrationBuilder.CreateIndex(name: "IX_ComplexManagerAssignments_UserId", table: "ComplexManagerAssignments", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "IX_DisclosureFlags_DisclosureMonthId", table: "DisclosureFlags", columns: new[] { "DisclosureMonthId" });

        migrationBuilder.CreateIndex(name: "IX_DisclosureLineItems_DisclosureMonthId_ItemCode", table: "DisclosureLineItems", columns: new[] { "DisclosureMonthId", "ItemCode" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_DisclosureLineItems_ItemCode", table: "DisclosureLineItems", columns: new[] { "ItemCode" });

        migrationBuilder.CreateIndex(name: "IX_DisclosureMonths_ComplexId_Month", table: "DisclosureMonths", columns: new[] { "ComplexId", "Month" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_DisclosureMonths_FiledLate", table: "DisclosureMonths", columns: new[] { "FiledLate" });

        migrationBuilder.CreateIndex(name: "IX_DisclosureMonths_Month_IsDisclosed", table: "DisclosureMonths", columns: new[] { "Month", "IsDisclosed" });

        migrationBuilder.CreateIndex(name: "IX_DisclosureRevisions_DisclosureMonthId_Number", table: "DisclosureRevisions", columns: new[] { "DisclosureMonthId", "Number" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_DocumentDeliveries_DocumentId_RecipientKind_RecipientId", table: "DocumentDeliveries", columns: new[] { "DocumentId", "RecipientKind", "RecipientId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_DocumentDeliveries_NotificationRequestedAt", table: "DocumentDeliveries", columns: new[] { "NotificationRequestedAt" });

        migrationBuilder.CreateIndex(name: "IX_DocumentDeliveries_RecipientKind_RecipientId_Status", table: "DocumentDeliveries", columns: new[] { "RecipientKind", "RecipientId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_DocumentReplies_DeliveryId", table: "DocumentReplies", columns: new[] { "DeliveryId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Documents_ReplyDueAt", table: "Documents", columns: new[] { "ReplyDueAt" });

        migrationBuilder.CreateIndex(name: "IX_Documents_SenderId_Year_Number", table: "Documents", columns: new[] { "SenderId", "Year", "Number" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Documents_SenderId_Year_Sequence", table: "Documents", columns: new[] { "SenderId", "Year", "Sequence" });

        migrationBuilder.CreateIndex(name: "IX_Documents_SentAt", table: "Documents", columns: new[] { "SentAt" });

        migrationBuilder.CreateIndex(name: "IX_Households_BuildingId", table: "Households", columns: new[] { "BuildingId" });

        migrationBuilder.CreateIndex(name: "IX_Households_ComplexId", table: "Households", columns: new[] { "ComplexId" });

        migrationBuilder.CreateIndex(name: "IX_Households_UnitId_MovedOutOn", table: "Households", columns: new[] { "UnitId", "MovedOutOn" });

        migrationBuilder.CreateIndex(name: "IX_JobRuns_FireInstanceId", table: "JobRuns", columns: new[] { "FireInstanceId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_JobRuns_JobGroup_JobName_StartedAt", table: "JobRuns", columns: new[] { "JobGroup", "JobName", "StartedAt" });

        migrationBuilder.CreateIndex(name: "IX_LedgerEntries_AccountId", table: "LedgerEntries", columns: new[] { "AccountId" });

        migrationBuilder.CreateIndex(name: "IX_LedgerEntries_TransactionId", table: "LedgerEntries", columns: new[] { "TransactionId" });

        migrationBuilder.CreateIndex(name: "IX_LedgerTransactions_IdempotencyKey", table: "LedgerTransactions", columns: new[] { "IdempotencyKey" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_LedgerTransactions_OccurredAt", table: "LedgerTransactions", columns: new[] { "OccurredAt" });

        migrationBuilder.CreateIndex(name: "IX_LedgerTransactions_ReferenceId", table: "LedgerTransactions", columns: new[] { "ReferenceId" });

        migrationBuilder.CreateIndex(name: "IX_ListingReports_ListingId_ResidentId", table: "ListingReports", columns: new[] { "ListingId", "ResidentId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Listings_Kind_GroupBuyOutcome_Deadline", table: "Listings", columns: new[] { "Kind", "GroupBuyOutcome", "Deadline" });

        migrationBuilder.CreateIndex(name: "IX_Listings_Kind_Status", table: "Listings", columns: new[] { "Kind", "Status" });

        migrationBuilder.CreateIndex(name: "IX_Listings_Scope_ScopeComplexId_Status", table: "Listings", columns: new[] { "Scope", "ScopeComplexId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_Listings_Scope_ScopeRegionId_Status", table: "Listings", columns: new[] { "Scope", "ScopeRegionId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_Listings_SellerResidentId", table: "Listings", columns: new[] { "SellerResidentId" });

        migrationBuilder.CreateIndex(name: "IX_Listings_SellerVendorId", table: "Listings", columns: new[] { "SellerVendorId" });

        migrationBuilder.CreateIndex(name: "IX_Listings_SourceNoticeId", table: "Listings", columns: new[] { "SourceNoticeId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_NewsItems_ComplexId", table: "NewsItems", columns: new[] { "ComplexId" });

        migrationBuilder.CreateIndex(name: "IX_NewsItems_Status_Scope_PublishedAt", table: "NewsItems", columns: new[] { "Status", "Scope", "PublishedAt" });

        migrationBuilder.CreateIndex(name: "IX_NoticeAttachments_NoticeId", table: "NoticeAttachments", columns: new[] { "NoticeId" });

        migrationBuilder.CreateIndex(name: "IX_Notices_ComplexId_Status_PublishedAt", table: "Notices", columns: new[] { "ComplexId", "Status", "PublishedAt" });

        migrationBuilder.CreateIndex(name: "IX_Orders_BuyerResidentId", table: "Orders", columns: new[] { "BuyerResidentId" });

        migrationBuilder.CreateIndex(name: "IX_Orders_ListingId_Status", table: "Orders", columns: new[] { "ListingId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_Orders_SellerResidentId", table: "Orders", columns: new[] { "SellerResidentId" });

        migrationBuilder.CreateIndex(name: "IX_Orders_SellerVendorId", table: "Orders", columns: new[] { "SellerVendorId" });

        migrationBuilder.CreateIndex(name: "IX_OutboundMessageAttempts_MessageId_Number", table: "OutboundMessageAttempts", columns: new[] { "MessageId", "Number" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_OutboundMessages_CreatedAt", table: "OutboundMessages", columns: new[] { "CreatedAt" });

        migrationBuilder.CreateIndex(name: "IX_OutboundMessages_DedupKey", table: "OutboundMessages", columns: new[] { "DedupKey" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_OutboundMessages_Status_NotBefore", table: "OutboundMessages", columns: new[] { "Status", "NotBefore" });

        migrationBuilder.CreateIndex(name: "IX_PointAccounts_Key", table: "PointAccounts", columns: new[] { "Key" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_PointAccounts_Kind_OwnerId", table: "PointAccounts", columns: new[] { "Kind", "OwnerId" });

        migrationBuilder.CreateIndex(name: "IX_PointLots_AccountId", table: "PointLots", columns: new[] { "AccountId" });

        migrationBuilder.CreateIndex(name: "IX_PointLots_ExpiresAt_Remaining", table: "PointLots", columns: new[] { "ExpiresAt", "Remaining" });

        migrationBuilder.CreateIndex(name: "IX_PollOptions_PollQuestionId", table: "PollOptions", columns: new[] { "PollQuestionId" });

        migrationBuilder.CreateIndex(name: "IX_PollParticipations_PollId_HouseholdId", table: "PollParticipations", columns: new[] { "PollId", "HouseholdId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_PollQuestions_PollId", table: "PollQuestions", columns: new[] { "PollId" });

        migrationBuilder.CreateIndex(name: "IX_Polls_ClosedAt_ClosesAt", table: "Polls", columns: new[] { "ClosedAt", "ClosesAt" });

        migrationBuilder.CreateIndex(name: "IX_Polls_ComplexId_OpensAt", table: "Polls", columns: new[] { "ComplexId", "OpensAt" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_eh_fire_inst", table: "qrtz_execution_history", columns: new[] { "sched_name", "fire_instance_id" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_eh_fired_time", table: "qrtz_execution_history", columns: new[] { "sched_name", "fired_time" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_eh_inst", table: "qrtz_execution_history", columns: new[] { "sched_name", "instance_name" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_eh_job_time", table: "qrtz_execution_history", columns: new[] { "sched_name", "job_group", "job_name", "fired_time" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_eh_trig_time", table: "qrtz_execution_history", columns: new[] { "sched_name", "trigger_group", "trigger_name", "fired_time" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_ft_inst_job_req_rcvry", table: "qrtz_fired_triggers", columns: new[] { "sched_name", "instance_name", "requests_recovery" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_ft_j_g", table: "qrtz_fired_triggers", columns: new[] { "sched_name", "job_name", "job_group" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_ft_t_g", table: "qrtz_fired_triggers", columns: new[] { "sched_name", "trigger_name", "trigger_group" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_j_g_n", table: "qrtz_job_details", columns: new[] { "sched_name", "job_group", "job_name" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_mh_inst", table: "qrtz_misfire_history", columns: new[] { "sched_name", "instance_name" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_mh_misfire_time", table: "qrtz_misfire_history", columns: new[] { "sched_name", "misfire_time" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_t_c", table: "qrtz_triggers", columns: new[] { "sched_name", "calendar_name" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_t_g_n", table: "qrtz_triggers", columns: new[] { "sched_name", "trigger_group", "trigger_name" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_t_j", table: "qrtz_triggers", columns: new[] { "sched_name", "job_name", "job_group" });

        migrationBuilder.CreateIndex(name: "idx_qrtz_t_nft_st", table: "qrtz_triggers", columns: new[] { "sched_name", "trigger_state", "next_fire_time", "priority", "misfire_instr" }, descending: new[] { false, false, false, true, false });

        migrationBuilder.CreateIndex(name: "IX_Regions_SigunguCode", table: "Regions", columns: new[] { "SigunguCode" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Residents_ComplexId", table: "Residents", columns: new[] { "ComplexId" });

        migrationBuilder.CreateIndex(name: "IX_Residents_HouseholdId", table: "Residents", columns: new[] { "HouseholdId" });

        migrationBuilder.CreateIndex(name: "IX_Residents_UserId", table: "Residents", columns: new[] { "UserId" });

        migrationBuilder.CreateIndex(name: "IX_SyncCheckpoints_Source_Scope", table: "SyncCheckpoints", columns: new[] { "Source", "Scope" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Units_BuildingId_Number", table: "Units", columns: new[] { "BuildingId", "Number" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_Vendors_BusinessNumber", table: "Vendors", columns: new[] { "BusinessNumber" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_WelfareAccessLog_CenterId_At", table: "WelfareAccessLog", columns: new[] { "CenterId", "At" });

        migrationBuilder.CreateIndex(name: "IX_WelfareAccessLog_ClientId", table: "WelfareAccessLog", columns: new[] { "ClientId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareAccessLog_Sequence", table: "WelfareAccessLog", columns: new[] { "Sequence" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_WelfareAccessLogReviews_CenterId_Month", table: "WelfareAccessLogReviews", columns: new[] { "CenterId", "Month" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_WelfareCaseAssessments_WelfareCaseId", table: "WelfareCaseAssessments", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCaseClosures_WelfareCaseId", table: "WelfareCaseClosures", columns: new[] { "WelfareCaseId" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_WelfareCaseCrises_Type", table: "WelfareCaseCrises", columns: new[] { "Type" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCaseCrises_WelfareCaseId", table: "WelfareCaseCrises", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCaseNotes_WelfareCaseId", table: "WelfareCaseNotes", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCasePlans_WelfareCaseId", table: "WelfareCasePlans", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCases_AssignedWorkerId", table: "WelfareCases", columns: new[] { "AssignedWorkerId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCases_CenterId_Status", table: "WelfareCases", columns: new[] { "CenterId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCases_ClientId", table: "WelfareCases", columns: new[] { "ClientId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCases_Status_IntakeDate", table: "WelfareCases", columns: new[] { "Status", "IntakeDate" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCaseStatusChanges_WelfareCaseId", table: "WelfareCaseStatusChanges", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareCenters_SigunguCode", table: "WelfareCenters", columns: new[] { "SigunguCode" }, unique: true);

        migrationBuilder.CreateIndex(name: "IX_WelfareClientHouseholdMembers_ClientId", table: "WelfareClientHouseholdMembers", columns: new[] { "ClientId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareClients_RegisteredByCenterId", table: "WelfareClients", columns: new[] { "RegisteredByCenterId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareFollowUps_DueDate_RecordedAt", table: "WelfareFollowUps", columns: new[] { "DueDate", "RecordedAt" });

        migrationBuilder.CreateIndex(name: "IX_WelfareFollowUps_WelfareCaseId", table: "WelfareFollowUps", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfarePlanGoals_CasePlanId", table: "WelfarePlanGoals", columns: new[] { "CasePlanId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareReferrals_FromCenterId", table: "WelfareReferrals", columns: new[] { "FromCenterId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareReferrals_ToCenterId_Status", table: "WelfareReferrals", columns: new[] { "ToCenterId", "Status" });

        migrationBuilder.CreateIndex(name: "IX_WelfareReferrals_WelfareCaseId", table: "WelfareReferrals", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareServiceRecords_Type_Date", table: "WelfareServiceRecords", columns: new[] { "Type", "Date" });

        migrationBuilder.CreateIndex(name: "IX_WelfareServiceRecords_WelfareCaseId", table: "WelfareServiceRecords", columns: new[] { "WelfareCaseId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareStaff_CenterId", table: "WelfareStaff", columns: new[] { "CenterId" });

        migrationBuilder.CreateIndex(name: "IX_WelfareStaff_UserId_Active", table: "WelfareStaff", columns: new[] { "UserId", "Active" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AnnualFeeAmounts");

        migrationBuilder.DropTable(name: "ApiClients");

        migrationBuilder.DropTable(name: "AspNetRoleClaims");

        migrationBuilder.DropTable(name: "AspNetUserClaims");

        migrationBuilder.DropTable(name: "AspNetUserLogins");

        migrationBuilder.DropTable(name: "AspNetUserRoles");

        migrationBuilder.DropTable(name: "AspNetUserTokens");

        migrationBuilder.DropTable(name: "BallotAnswers");

        migrationBuilder.DropTable(name: "CommonSpendingRequests");

        migrationBuilder.DropTable(name: "ComplaintEvents");

        migrationBuilder.DropTable(name: "ComplaintPhotos");

        migrationBuilder.DropTable(name: "ComplexManagerAssignments");

        migrationBuilder.DropTable(name: "DisclosureFlags");

        migrationBuilder.DropTable(name: "DisclosureLineItems");

        migrationBuilder.DropTable(name: "DisclosureRevisions");

        migrationBuilder.DropTable(name: "DocumentAttachments");

        migrationBuilder.DropTable(name: "DocumentReplyAttachments");

        migrationBuilder.DropTable(name: "JobRuns");

        migrationBuilder.DropTable(name: "LedgerEntries");

        migrationBuilder.DropTable(name: "ListingReports");

        migrationBuilder.DropTable(name: "NewsItems");

        migrationBuilder.DropTable(name: "NoticeAttachments");

        migrationBuilder.DropTable(name: "Orders");

        migrationBuilder.DropTable(name: "OutboundMessageAttempts");

        migrationBuilder.DropTable(name: "PointLots");

        migrationBuilder.DropTable(name: "PollOptions");

        migrationBuilder.DropTable(name: "PollParticipations");

        migrationBuilder.DropTable(name: "qrtz_blob_triggers");

        migrationBuilder.DropTable(name: "qrtz_calendars");

        migrationBuilder.DropTable(name: "qrtz_cron_triggers");

        migrationBuilder.DropTable(name: "qrtz_execution_history");

        migrationBuilder.DropTable(name: "qrtz_fired_triggers");

        migrationBuilder.DropTable(name: "qrtz_job_status");

        migrationBuilder.DropTable(name: "qrtz_locks");

        migrationBuilder.DropTable(name: "qrtz_misfire_history");

        migrationBuilder.DropTable(name: "qrtz_paused_job_grps");

        migrationBuilder.DropTable(name: "qrtz_paused_trigger_grps");

        migrationBuilder.DropTable(name: "qrtz_scheduler_state");

        migrationBuilder.DropTable(name: "qrtz_simple_triggers");

        migrationBuilder.DropTable(name: "qrtz_simprop_triggers");

        migrationBuilder.DropTable(name: "Residents");

        migrationBuilder.DropTable(name: "SyncCheckpoints");

        migrationBuilder.DropTable(name: "Units");

        migrationBuilder.DropTable(name: "Vendors");

        migrationBuilder.DropTable(name: "WelfareAccessLog");

        migrationBuilder.DropTable(name: "WelfareAccessLogHead");

        migrationBuilder.DropTable(name: "WelfareAccessLogReviews");

        migrationBuilder.DropTable(name: "WelfareCaseAssessments");

        migrationBuilder.DropTable(name: "WelfareCaseClosures");

        migrationBuilder.DropTable(name: "WelfareCaseCrises");

        migrationBuilder.DropTable(name: "WelfareCaseNotes");

        migrationBuilder.DropTable(name: "WelfareCaseStatusChanges");

        migrationBuilder.DropTable(name: "WelfareClientHouseholdMembers");

        migrationBuilder.DropTable(name: "WelfareFollowUps");

        migrationBuilder.DropTable(name: "WelfarePlanGoals");

        migrationBuilder.DropTable(name: "WelfareReferrals");

        migrationBuilder.DropTable(name: "WelfareServiceRecords");

        migrationBuilder.DropTable(name: "WelfareStaff");

        migrationBuilder.DropTable(name: "AnnualFeeStatements");

        migrationBuilder.DropTable(name: "AspNetRoles");

        migrationBuilder.DropTable(name: "AspNetUsers");

        migrationBuilder.DropTable(name: "Complaints");

        migrationBuilder.DropTable(name: "DisclosureMonths");

        migrationBuilder.DropTable(name: "DocumentReplies");

        migrationBuilder.DropTable(name: "LedgerTransactions");

        migrationBuilder.DropTable(name: "Notices");

        migrationBuilder.DropTable(name: "Listings");

        migrationBuilder.DropTable(name: "OutboundMessages");

        migrationBuilder.DropTable(name: "PointAccounts");

        migrationBuilder.DropTable(name: "PollQuestions");

        migrationBuilder.DropTable(name: "qrtz_triggers");

        migrationBuilder.DropTable(name: "Households");

        migrationBuilder.DropTable(name: "WelfareCasePlans");

        migrationBuilder.DropTable(name: "DocumentDeliveries");

        migrationBuilder.DropTable(name: "Polls");

        migrationBuilder.DropTable(name: "qrtz_job_details");

        migrationBuilder.DropTable(name: "Buildings");

        migrationBuilder.DropTable(name: "WelfareCases");

        migrationBuilder.DropTable(name: "Documents");

        migrationBuilder.DropTable(name: "Complexes");

        migrationBuilder.DropTable(name: "WelfareClients");

        migrationBuilder.DropTable(name: "Regions");

        migrationBuilder.DropTable(name: "WelfareCenters");
    }
}
