using Housing.Domain.Common;

namespace Domain.Tests.Common;

public sealed class MobilePhoneTests
{
    [Theory]
    [InlineData("010-1234-5678", "010-1234-5678")]
    [InlineData("01012345678", "010-1234-5678")]
    [InlineData(" 010 1234 5678 ", "010-1234-5678")]
    [InlineData("+82 10-1234-5678", "010-1234-5678")]
    [InlineData("011-123-4567", "011-123-4567")]
    [InlineData("019.1234.5678", "019-1234-5678")]
    public void A_mobile_number_is_kept_hyphenated(string typed, string stored) => Assert.Equal(stored, MobilePhone.Normalized(typed));

    [Theory]
    [InlineData("02-2670-0000")]
    [InlineData("010-123-4567")]
    [InlineData("012-1234-5678")]
    [InlineData("010-1234-567a")]
    [InlineData("1588-1234")]
    [InlineData("010-1234-56789")]
    public void Anything_else_is_refused_saying_what_is_allowed(string typed)
    {
        var refused = Assert.Throws<DomainException>(() => MobilePhone.Normalized(typed));
        Assert.Equal("INVALID_MOBILE_PHONE", refused.Code);
        Assert.Contains("010-1234-5678", refused.Message);
    }
}
