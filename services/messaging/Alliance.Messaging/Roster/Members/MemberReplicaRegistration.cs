using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.Members;

public static class MemberReplicaRegistration
{
    /// <summary>
    /// The three consumers that keep <typeparamref name="TDb"/>'s copy of the members; the model needs
    /// <see cref="RosterMemberModel.AddMemberReplica"/>. Each has its own queue, named as a service's own
    /// <c>Member…Consumer</c> would be. A service that must act on a change registers an
    /// <see cref="IMemberCopyObserver{TDb}"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddMemberReplica<TDb>(this IBusRegistrationConfigurator consumers) where TDb : DbContext
    {
        consumers.AddConsumer<MemberJoinedConsumer<TDb>>();
        consumers.AddConsumer<MemberChangedConsumer<TDb>>();
        consumers.AddConsumer<MemberLeftConsumer<TDb>>();
        return consumers;
    }
}
