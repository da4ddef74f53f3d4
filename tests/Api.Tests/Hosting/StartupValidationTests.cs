using Api.Tests.Support;
using Microsoft.Extensions.Options;

namespace Api.Tests.Hosting;

/// <summary>A wrong setting stops start-up with a message naming the setting and what is allowed.</summary>
public sealed class StartupValidationTests
{
    private static string StartupFailure(params (string Key, string? Value)[] settings)
    {
        using var factory = new HousingApiFactory(settings);
        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var validation = failure as OptionsValidationException ?? failure.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        return validation.Message;
    }

    [Fact]
    public void An_unknown_database_provider_names_the_setting_and_the_allowed_values()
    {
        var message = StartupFailure(("Database:Provider", "Oracle"));

        Assert.Contains("Database:Provider is 'Oracle'", message);
        Assert.Contains("Sqlite", message);
        Assert.Contains("PostgreSQL", message);
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_names_ConnectionStrings_Housing()
    {
        var message = StartupFailure(("Database:Provider", "PostgreSQL"), ("ConnectionStrings:Housing", ""));

        Assert.Contains("ConnectionStrings:Housing is required when Database:Provider is PostgreSQL", message);
    }

    [Fact]
    public void A_cost_limit_that_is_not_positive_names_the_setting()
    {
        var message = StartupFailure(("GraphQL:MaxFieldCost", "0"));

        Assert.Contains("GraphQL:MaxFieldCost is 0; it must be a positive number", message);
    }

    [Fact]
    public void An_execution_timeout_out_of_range_names_the_allowed_range()
    {
        var message = StartupFailure(("GraphQL:ExecutionTimeoutSeconds", "0"));

        Assert.Contains("GraphQL:ExecutionTimeoutSeconds is 0; allowed is 1 to 600", message);
    }

    [Fact]
    public void A_token_lifetime_out_of_range_names_the_allowed_range()
    {
        var message = StartupFailure(("Authentication:Tokens:LifetimeMinutes", "0"));

        Assert.Contains("Authentication:Tokens:LifetimeMinutes is 0; allowed is 1 to 1440", message);
    }

    [Fact]
    public void An_incomplete_external_authority_names_the_missing_settings()
    {
        var message = StartupFailure(("Authentication:External:Instance", "https://login.microsoftonline.com/"));

        Assert.Contains("Authentication:External:TenantId is required", message);
        Assert.Contains("Authentication:External:ClientId is required", message);
    }

    [Fact]
    public void An_admin_idle_timeout_out_of_range_names_the_allowed_range()
    {
        var message = StartupFailure(("Authentication:Admin:IdleTimeoutMinutes", "0"));

        Assert.Contains("Authentication:Admin:IdleTimeoutMinutes is 0; allowed is 1 to 720", message);
    }
}
