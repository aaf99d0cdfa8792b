using System.Diagnostics;
using Alliance.AppHost.Infrastructure;

namespace Alliance.Integration.Tests.Infrastructure;

/// <summary>
/// A RabbitMQ node of one test's own, for tests that stop and start the broker: the shared one
/// stays untouched. Same layout as the AppHost's local broker (<see cref="RabbitMqNode"/>); it keeps
/// its ports and data across a stop and start, as a real restart would.
/// </summary>
public sealed class PrivateBroker : IAsyncDisposable
{
    private readonly string _folder;
    private readonly RabbitMqNode _node;
    private readonly string _password = Guid.NewGuid().ToString("N");
    private Process? _epmd;
    private Process? _server;

    public PrivateBroker()
    {
        _folder = TestData.NewFolder("broker");
        var servers = ServerFolders.For(_folder, Guid.NewGuid().ToString("N"));
        _node = new RabbitMqNode(Path.Combine(servers, "rabbitmq"), $"{RabbitMqNode.SafeName(Path.GetFileName(_folder))}@localhost", RabbitMqNode.FreePort(), RabbitMqNode.FreePort());
        AmqpPort = RabbitMqNode.FreePort();
        _node.Prepare();
    }

    public int AmqpPort { get; }

    public string ConnectionString => $"amqp://{RabbitMqNode.UserName}:{_password}@127.0.0.1:{AmqpPort}";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _epmd ??= Launch(_node.Epmd(), extra: null);
        _server = Launch(_node.Server(), new Dictionary<string, string>
        {
            ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(),
            ["RABBITMQ_DEFAULT_PASS"] = _password,
        });
        while (!await AmqpProbe.AnswersAsync("127.0.0.1", AmqpPort, cancellationToken))
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"The private RabbitMQ node exited with {_server.ExitCode}.");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Stops the node the way an operator would (SIGTERM), and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_server is null || _server.HasExited)
        {
            return;
        }

        Terminate(_server);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _server.Kill(entireProcessTree: true);
        }

        while (await AmqpProbe.AnswersAsync("127.0.0.1", AmqpPort, CancellationToken.None))
        {
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_epmd is { HasExited: false })
        {
            _epmd.Kill();
            await _epmd.WaitForExitAsync();
        }

        TestData.Remove(_folder);
    }

    private Process Launch((string Command, string[] Arguments) command, IReadOnlyDictionary<string, string>? extra)
    {
        var start = new ProcessStartInfo(command.Command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _node.DataDirectory,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in _node.Environment().Concat(extra ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command.Command}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Terminate(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]);
        kill?.WaitForExit();
    }
}
