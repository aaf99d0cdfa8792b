namespace Alliance.SiteVisit.Domain.Tests;

// Forms separated by "|", each its five scores in the form's order; expected averages unrounded.
public sealed partial class ScoringTests
{
    public static TheoryData<string, string, string> AverageCases => new()
    {
        { "5,4,3,2,1", "5,4,3,2,1", "15" },
        { "5,5,5,5,5|1,1,1,1,1", "3,3,3,3,3", "15" },
        { "5,4,4,3,3|4,4,3,3,2", "4.5,4,3.5,3,2.5", "17.5" },
        // Three forms: the mean of 19, 20 and 20 is not a round number, and is kept as it is.
        { "4,4,4,4,3|4,4,4,4,4|5,4,4,4,3", "4.3333333333333333333333333333,4,4,4,3.3333333333333333333333333333", "19.666666666666666666666666667" },
    };
}
