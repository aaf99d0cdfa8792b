namespace Alliance.Reporting.Api.Apis;

public static class ProgrammeViews
{
    /// <summary>The programme views, the programme's targets of a year and the mid-term review outcomes.</summary>
    public static IEndpointRouteBuilder MapProgrammeViews(this IEndpointRouteBuilder app)
    {
        app.MapProgrammeApi();
        app.MapProgrammeTargetApi();
        app.MapReviewOutcomeApi();
        return app;
    }
}
