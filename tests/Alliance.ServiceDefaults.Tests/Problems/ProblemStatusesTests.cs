using Alliance.ServiceDefaults.Problems;

namespace Alliance.ServiceDefaults.Tests.Problems;

public sealed class ProblemStatusesTests
{
    public static TheoryData<string, bool, bool, bool, int[]> Rows => new()
    {
        // method, takes input, names a record, anonymous → statuses
        { "GET", false, false, false, [401, 403] },
        { "GET", true, false, false, [400, 401, 403] },
        { "GET", true, true, false, [400, 401, 403, 404] },
        { "GET", false, false, true, [] },
        { "HEAD", true, true, false, [400, 401, 403, 404] },
        { "POST", true, false, false, [400, 401, 403, 409, 422] },
        { "POST", false, false, true, [400, 409, 422] },
        { "PUT", true, true, false, [400, 401, 403, 404, 409, 422] },
        { "DELETE", true, true, false, [400, 401, 403, 404, 409, 422] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void For_AnOperation_ListsWhatItCanAnswer(string method, bool takesInput, bool namesARecord, bool anonymous, int[] expected) =>
        Assert.Equal(expected, ProblemStatuses.For(method, takesInput, namesARecord, anonymous));

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public void Describe_EachListedStatus_HasItsOwnMeaning(int status) =>
        Assert.NotEqual(ProblemStatuses.Describe(0), ProblemStatuses.Describe(status));
}
