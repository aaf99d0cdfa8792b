using Alliance.Gateway.Web.Activity;
using Alliance.Gateway.Web.Membership;
using Alliance.Gateway.Web.Notifications;
using Alliance.Gateway.Web.Programme;
using Alliance.Gateway.Web.Reporting;
using Alliance.Gateway.Web.Revenue;
using Alliance.Gateway.Web.Services;
using Alliance.Gateway.Web.Shared;
using Alliance.Gateway.Web.SiteVisit;
using MudBlazor.Services;

namespace Alliance.Gateway.Web;

/// <summary>The services the pages of this library need; the host adds its <see cref="IServiceCredentials"/>.</summary>
public static class WebUiPages
{
    public static IServiceCollection AddWebUiPages(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddScoped<UiCalls>();
        services.AddScoped<ServiceCalls>();
        services.AddScoped<WriteAccess>();
        services.AddScoped<MembershipClient>();
        services.AddScoped<RevenueClient>();
        services.AddScoped<IncomeCatalogueCache>();
        services.AddScoped<ActivityClient>();
        services.AddScoped<FormDrafts>();
        services.AddScoped<SiteVisitClient>();
        services.AddScoped<ReportingClient>();
        services.AddScoped<RemindersClient>();
        services.AddScoped<NotificationsClient>();
        services.AddScoped<ProgrammeClient>();
        services.AddSheetUploads();
        return services;
    }
}
