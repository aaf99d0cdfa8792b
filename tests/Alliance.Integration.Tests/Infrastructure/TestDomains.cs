namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// Codes of the domains tests add to the one shared system. They share a prefix so that a test about
/// the programme's seeded domains can leave them out, whichever tests ran before it.
/// </summary>
public static class TestDomains
{
    private const string Prefix = "d-";

    public static string NewCode() => $"{Prefix}{Guid.NewGuid():N}"[..12];

    public static bool IsATestsOwn(string code) => code.StartsWith(Prefix, StringComparison.Ordinal);
}
