namespace Alliance.Programme.Tests;

public sealed partial class RegistrationNumberTests
{
    [Theory]
    [MemberData(nameof(CheckSums))]
    public void CheckSum_Digits_MatchesHandComputation(string digits, int expected) =>
        Assert.Equal(expected, RegistrationNumber.CheckSum(digits));

    [Theory]
    [MemberData(nameof(Valid))]
    public void TryCreate_ValidNumber_Succeeds(string text)
    {
        Assert.True(RegistrationNumber.TryCreate(text, out var number, out var reason));
        Assert.Equal(text, number.Value);
        Assert.Null(reason);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void TryCreate_InvalidNumber_GivesReason(string? text, string expected)
    {
        Assert.False(RegistrationNumber.TryCreate(text, out _, out var reason));
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void Create_ValidNumber_KeepsLeadingZero() =>
        Assert.Equal("04595257", RegistrationNumber.Create("04595257").ToString());

    [Fact]
    public void Create_InvalidNumber_ThrowsWithReason()
    {
        var error = Assert.Throws<ArgumentException>(() => RegistrationNumber.Create("04595258"));
        Assert.StartsWith(RegistrationNumber.BadCheckDigit, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameDigits_AreEqual() =>
        Assert.Equal(RegistrationNumber.Create("22099131"), RegistrationNumber.Create("22099131"));
}
