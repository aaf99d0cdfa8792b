using System.Diagnostics;

namespace Alliance.AppHost.Infrastructure;

/// <summary>Where PostgreSQL and RabbitMQ come from: containers when an engine answers, else local processes.</summary>
public enum InfrastructureMode { Containers, Local }

public static class InfrastructureModes
{
    /// <summary>
    /// <c>ALLIANCE_INFRA</c> (or <c>Alliance:Infra</c>) = containers | local decides; otherwise
    /// containers only when <c>docker info</c> succeeds (a client without a daemon does not count).
    /// </summary>
    public static InfrastructureMode Choose(string? setting) => setting?.Trim().ToLowerInvariant() switch
    {
        "containers" => InfrastructureMode.Containers,
        "local" => InfrastructureMode.Local,
        null or "" or "auto" => ContainerEngineAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Local,
        var other => throw new InvalidOperationException($"ALLIANCE_INFRA must be 'containers', 'local' or 'auto', not '{other}'."),
    };

    private static bool ContainerEngineAnswers()
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null)
            {
                return false;
            }

            if (!docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                docker.Kill(entireProcessTree: true);
                return false;
            }

            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
