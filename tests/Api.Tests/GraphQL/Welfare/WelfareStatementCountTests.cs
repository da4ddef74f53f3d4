using Api.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Welfare;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests.GraphQL.Welfare;

public sealed class WelfareStatementCountTests : IAsyncLifetime
{
    private const string DeepQuery = """
        query($first: Int!) {
          welfareCases(first: $first, order: [{ intakeDate: ASC }]) {
            totalCount
            nodes {
              status crises assessmentOverdue
              client { maskedName maskedRegistrationNumber registeredBy { name } }
              assignedWorker { name center { name } }
              assessment { needs assessedBy { name } }
              plan { goals { description } }
              services { type amount recordedBy { name } }
              referrals { status externalAgency fromCenter { name } }
              notes { text writtenBy { name } }
              timeline { kind staff { name } }
            }
          }
        }
        """;

    private readonly StatementCounter _counter = new();
    private WelfareApiWorld? _w;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _w?.DisposeAsync() ?? Task.CompletedTask;

    [Theory]
    [MemberData(nameof(DatabaseProviders.Both), MemberType = typeof(DatabaseProviders))]
    public async Task Twenty_and_sixty_cases_with_their_children_take_the_same_number_of_statements(string provider)
    {
        var w = _w = WelfareApiWorld.On(await HousingApiFactory.OnAsync(provider, s => s.AddSingleton<IInterceptor>(_counter)));
        await w.InitializeAsync();
        var worker = w.Staff["worker.a"].Actor;
        var today = KoreanCalendar.Today(TimeProvider.System);
        for (var i = 0; i < 60; i++)
        {
            var (_, caseId) = await w.OpenCaseAsync("worker.a", daysAgo: i % 20);
            await w.DomainAsync<WelfareCaseService, WelfareCase>(async cases =>
            {
                await cases.RecordAssessmentAsync(worker, caseId, "이주 지원");
                await cases.RecordPlanAsync(worker, caseId, today, null, [new PlanGoalInput("긴급주거비"), new PlanGoalInput("임대주택")]);
                await cases.RecordServiceAsync(worker, caseId, new RecordServiceDetails(ServiceType.EmergencyHousingCost, "구청", 300_000 + i, today, ServiceOutcome.Delivered));
                await cases.AddCaseNoteAsync(worker, caseId, $"상담 {i}");
                await cases.ReferCaseAsync(worker, caseId, null, "주민센터", "기초생활 신청");
                return await cases.AddCaseNoteAsync(worker, caseId, $"후속 {i}");
            });
        }

        async Task<long> LoggedViews()
        {
            await using var scope = w.Api.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<HousingDbContext>().Set<AccessLogEntry>().LongCountAsync(e => e.Purpose == "WelfareCase.client");
        }

        // The fewest of three runs: the host's background services share the counter and may run during one of them.
        async Task<int> StatementsFor(int first)
        {
            var fewest = int.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var viewsBefore = await LoggedViews();
                _counter.Reset();
                var nodes = (await w.DataAsync("worker.a", DeepQuery, new { first })).GetProperty("welfareCases").GetProperty("nodes");
                fewest = Math.Min(fewest, _counter.Count);
                Assert.Equal(first, nodes.GetArrayLength());
                Assert.All(nodes.EnumerateArray(), n => Assert.Equal(2, n.GetProperty("notes").GetArrayLength()));
                // Each client shown is a logged view, written by one insert whatever the page size.
                Assert.Equal(viewsBefore + first, await LoggedViews());
            }

            return fewest;
        }

        var twenty = await StatementsFor(20);
        var sixty = await StatementsFor(60);

        Assert.Equal(twenty, sixty);
        Assert.InRange(twenty, 1, 30);
    }
}
