using System.Security.Claims;
using Alliance.Gateway.Web.Services;
using Alliance.Gateway.Web.SiteVisit;

namespace Alliance.Gateway.Tests;

public sealed class SiteVisitRightsTests
{
    public static TheoryData<string, bool, bool, bool, bool> ByRole => new()
    {
        { "centre-admin", true, false, false, true },
        { "ministry-officer", false, true, false, true },
        { "reviewer", false, false, true, false },
        { "pi", false, false, false, false },
        { "assistant", false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(ByRole))]
    public void Of_Role_OffersWhatTheRoleDoes(string role, bool manages, bool confirms, bool reviews, bool readsAll)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

        var rights = SiteVisitRights.Of(user);

        Assert.Equal((manages, confirms, reviews, readsAll), (rights.Manages, rights.Confirms, rights.Reviews, rights.ReadsAll));
    }

    [Fact]
    public void Offered_Accounts_OnlyEnabledReviewersNotYetAssigned_ByUserName()
    {
        AccountEntry[] accounts =
        [
            new("rev-b", "乙委員", ["reviewer"], false),
            new("rev-a", "甲委員", ["reviewer", "pi"], false),
            new("rev-off", "停用委員", ["reviewer"], true),
            new("rev-on", "已指派", ["reviewer"], false),
            new("pi-x", "主持人", ["pi"], false),
        ];

        Assert.Equal(["rev-a", "rev-b"], ReviewerChoices.Offered(accounts, ["REV-ON"]).Select(a => a.UserName));
    }
}
