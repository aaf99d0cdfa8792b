using System.Net;
using System.Net.Sockets;

namespace Alliance.AppHost.Infrastructure;

/// <summary>
/// Everything a RabbitMQ node from Debian's package needs to run as a plain process: its folders
/// under one data directory, loopback-only listeners, and its own epmd port, so that it never
/// meets another node on this machine. Shared by the AppHost and by tests that need a private broker.
/// </summary>
public sealed record RabbitMqNode(string DataDirectory, string NodeName, int DistributionPort, int EpmdPort)
{
    public const string Account = "rabbitmq";
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string UserName = "alliance";

    public string Home => Path.Combine(DataDirectory, "home");

    /// <summary>Creates the folders, owned by the rabbitmq account when we are root.</summary>
    public void Prepare()
    {
        if (!File.Exists(ServerScript))
        {
            throw new InvalidOperationException(
                $"{ServerScript} is missing. Install RabbitMQ (./run.sh does: apt-get install rabbitmq-server) or set ALLIANCE_INFRA=containers.");
        }

        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Path.Combine(DataDirectory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(DataDirectory, "log"));
        File.WriteAllText(Path.Combine(DataDirectory, "enabled_plugins"), "[].\n");
        ServiceAccount.GiveDirectory(Account, DataDirectory);
    }

    /// <summary>The environment of the server process; the AMQP port and password are added by the caller.</summary>
    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>
    {
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["ERL_EPMD_PORT"] = EpmdPort.ToString(),
        // Erlang's schedulers spin while they wait for work; on two cores shared with every service
        // that spinning is time taken from the requests. RabbitMQ's guide suggests turning it off there.
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_CONF_ENV_FILE"] = "/dev/null",
        ["RABBITMQ_DEFAULT_USER"] = UserName,
        ["HOME"] = Home,
    };

    /// <summary>The epmd of this node alone, in the foreground so that whoever started it can stop it.</summary>
    public (string Command, string[] Arguments) Epmd() =>
        ServiceAccount.Wrap(Account, "/usr/bin/epmd", "-port", EpmdPort.ToString(), "-address", "127.0.0.1");

    public (string Command, string[] Arguments) Server() => ServiceAccount.Wrap(Account, ServerScript);

    /// <summary>A node name from a folder name: Erlang allows letters, digits, '-' and '_' only.</summary>
    public static string SafeName(string folder) =>
        "alliance-" + new string(folder.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray()).Trim('-');

    /// <summary>A port nobody listens on right now, for the distribution and epmd ports.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
