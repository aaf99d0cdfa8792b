using Alliance.Contracts.Accounts;

namespace Alliance.Messaging.Roster.People;

/// <summary>
/// How a copy of the people takes in the gateway's account events. Each rule is a pure function of the
/// state held (null when it is new to the copy) and one event. The gateway numbers every event of one
/// account from one counter, so the state with the greatest version wins and an event whose version is
/// not greater than the held one changes nothing: the same state whatever order the events arrive in and
/// however often each arrives. Approvals are kept apart from the account, so one that arrives first stays.
/// </summary>
public static class PeopleRules
{
    public static RosterPerson Apply(RosterPerson? held, AccountChanged changed) =>
        held is not null && changed.Version <= held.Version
            ? held
            : new RosterPerson
            {
                UserId = changed.UserId,
                UserName = changed.UserName,
                DisplayName = changed.DisplayName,
                Email = changed.Email,
                Roles = [.. changed.Roles],
                Disabled = changed.Disabled,
                Version = changed.Version,
            };

    public static AssistantApproval Apply(AssistantApproval? held, AssistantApproved approved) =>
        Newest(held, approved.Version, new AssistantApproval
        {
            UserId = approved.UserId,
            AllianceId = approved.AllianceId,
            UserName = approved.UserName,
            AllianceCode = approved.AllianceCode,
            RegistrationId = approved.RegistrationId,
            Approved = true,
            Version = approved.Version,
        });

    public static AssistantApproval Apply(AssistantApproval? held, AssistantWithdrawn withdrawn) =>
        Newest(held, withdrawn.Version, new AssistantApproval
        {
            UserId = withdrawn.UserId,
            AllianceId = withdrawn.AllianceId,
            UserName = withdrawn.UserName,
            AllianceCode = withdrawn.AllianceCode,
            RegistrationId = withdrawn.RegistrationId,
            Approved = false,
            Version = withdrawn.Version,
        });

    private static AssistantApproval Newest(AssistantApproval? held, long version, AssistantApproval decided) =>
        held is not null && version <= held.Version ? held : decided;
}
