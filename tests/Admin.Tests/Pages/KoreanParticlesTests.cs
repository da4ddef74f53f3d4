using Housing.Admin.Support;

namespace Admin.Tests.Pages;

public sealed class KoreanParticlesTests
{
    [Theory]
    [InlineData("성명은(는) 100자 이하로 입력하세요.", "성명은 100자 이하로 입력하세요.")]
    [InlineData("제목은(는) 30자 이하로 입력하세요.", "제목은 30자 이하로 입력하세요.")]
    [InlineData("사유은(는) 짧습니다.", "사유는 짧습니다.")]
    [InlineData("금액(원)은(는) 0 이상이어야 합니다.", "금액(원)은 0 이상이어야 합니다.")]
    [InlineData("반려 사유(필수)이(가) 없습니다.", "반려 사유(필수)가 없습니다.")]
    [InlineData("값 'abcd'을(를) 읽을 수 없습니다.", "값 'abcd'를 읽을 수 없습니다.")]
    [InlineData("값 '1.5'을(를) 읽을 수 없습니다.", "값 '1.5'를 읽을 수 없습니다.")]
    [InlineData("값 '10'을(를) 읽을 수 없습니다.", "값 '10'을 읽을 수 없습니다.")]
    [InlineData("값 'html'을(를) 읽을 수 없습니다.", "값 'html'을 읽을 수 없습니다.")]
    [InlineData("서울(으)로 보냅니다.", "서울로 보냅니다.")]
    [InlineData("센터(으)로 보냅니다.", "센터로 보냅니다.")]
    [InlineData("구청(으)로 보냅니다.", "구청으로 보냅니다.")]
    [InlineData("주민과(와) 관리자", "주민과 관리자")]
    [InlineData("센터과(와) 구청", "센터와 구청")]
    [InlineData("'?'을(를) 읽을 수 없습니다.", "'?'을(를) 읽을 수 없습니다.")]
    [InlineData("Name is too long (100).", "Name is too long (100).")]
    public void The_particle_follows_how_the_word_before_it_ends(string template, string expected) =>
        Assert.Equal(expected, KoreanParticles.Resolve(template));
}
