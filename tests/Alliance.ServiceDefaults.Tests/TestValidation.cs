using Microsoft.Extensions.DependencyInjection;

namespace Alliance.ServiceDefaults.Tests;

/// <summary>The one call of <c>AddValidation</c> in this project: its source generator fails when a project has two.</summary>
internal static class TestValidation
{
    public static IServiceCollection AddTestValidation(this IServiceCollection services) => services.AddValidation();
}
