using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Messaging.Roster.People;

public static class PeopleRegistration
{
    /// <summary>
    /// The three consumers that keep <typeparamref name="TDb"/>'s copy of the people; the model needs
    /// <see cref="PeopleModel.AddPeopleReplica"/>. Each has its own queue (<c>reporting-account-changed</c>, …).
    /// </summary>
    public static IBusRegistrationConfigurator AddPeopleReplica<TDb>(this IBusRegistrationConfigurator consumers) where TDb : DbContext
    {
        consumers.AddConsumer<AccountChangedConsumer<TDb>>();
        consumers.AddConsumer<AssistantApprovedConsumer<TDb>>();
        consumers.AddConsumer<AssistantWithdrawnConsumer<TDb>>();
        return consumers;
    }
}
