using Alliance.AppHost;
using Alliance.AppHost.Infrastructure;
using Alliance.ServiceDefaults;

var builder = DistributedApplication.CreateBuilder(args);
var infrastructure = AllianceInfrastructure.Add(builder);

var membership = builder.AddService<Projects.Alliance_Membership_Api>(ResourceNames.Membership, ResourceNames.MembershipDb, infrastructure);
var revenue = builder.AddService<Projects.Alliance_Revenue_Api>(ResourceNames.Revenue, ResourceNames.RevenueDb, infrastructure);
var activity = builder.AddService<Projects.Alliance_Activity_Api>(ResourceNames.Activity, ResourceNames.ActivityDb, infrastructure);
var siteVisit = builder.AddService<Projects.Alliance_SiteVisit_Api>(ResourceNames.SiteVisit, ResourceNames.SiteVisitDb, infrastructure);
var reporting = builder.AddService<Projects.Alliance_Reporting_Api>(ResourceNames.Reporting, ResourceNames.ReportingDb, infrastructure);

builder.AddGateway(infrastructure, membership, revenue, activity, siteVisit, reporting);

builder.Build().Run();
