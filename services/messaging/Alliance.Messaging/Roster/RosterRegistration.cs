using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster;

public static class RosterRegistration
{
    /// <summary>
    /// The three consumers that keep <typeparamref name="TDb"/>'s copy of the alliance roster; the model
    /// needs <see cref="RosterModel.AddRosterReplica"/>. Each has its own queue, named as a service's own
    /// <c>Alliance…Consumer</c> would be.
    /// </summary>
    public static IBusRegistrationConfigurator AddRosterReplica<TDb>(this IBusRegistrationConfigurator consumers) where TDb : DbContext
    {
        consumers.AddConsumer<AllianceRegisteredConsumer<TDb>>();
        consumers.AddConsumer<AllianceChangedConsumer<TDb>>();
        consumers.AddConsumer<AllianceTerminatedConsumer<TDb>>();
        return consumers;
    }
}
