using Alliance.AppHost;
using Alliance.AppHost.Infrastructure;
using Alliance.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = AllianceInfrastructure.Add(builder);
var keys = InternalKeyParameters.Add(builder, infrastructure.Secrets);

var membership = builder.AddService<Projects.Alliance_Membership_Api>(ResourceNames.Membership, ResourceNames.MembershipDb, infrastructure, keys);
var revenue = builder.AddService<Projects.Alliance_Revenue_Api>(ResourceNames.Revenue, ResourceNames.RevenueDb, infrastructure, keys);
var activity = builder.AddService<Projects.Alliance_Activity_Api>(ResourceNames.Activity, ResourceNames.ActivityDb, infrastructure, keys);
var siteVisit = builder.AddService<Projects.Alliance_SiteVisit_Api>(ResourceNames.SiteVisit, ResourceNames.SiteVisitDb, infrastructure, keys);
var reporting = builder.AddService<Projects.Alliance_Reporting_Api>(ResourceNames.Reporting, ResourceNames.ReportingDb, infrastructure, keys)
    .WithReminderMail(infrastructure);

var gateway = builder.AddGateway(infrastructure, keys, membership, revenue, activity, siteVisit, reporting);
reporting.WithSiteUrl(gateway);

builder.Build().Run();
