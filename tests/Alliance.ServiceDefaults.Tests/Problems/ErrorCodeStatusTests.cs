using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Tests.Problems;

public sealed class ErrorCodeStatusTests
{
    public static TheoryData<ErrorCode, int> Statuses => new()
    {
        { ErrorCode.Invalid, 400 },
        { ErrorCode.RuleViolated, 422 },
        { ErrorCode.NotFound, 404 },
        { ErrorCode.Conflict, 409 },
        { ErrorCode.StaleVersion, 409 },
        { ErrorCode.Forbidden, 403 },
        { ErrorCode.Unavailable, 503 },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void StatusOf_EachCode_IsTheStatusArchitectureNames(ErrorCode code, int status) =>
        Assert.Equal(status, ProblemDetailsExceptionHandler.StatusOf(code));

    [Fact]
    public void Statuses_CoverEveryCode() =>
        Assert.Equal(Enum.GetValues<ErrorCode>().Order(), Statuses.Select(row => row.Data.Item1).Order());
}
