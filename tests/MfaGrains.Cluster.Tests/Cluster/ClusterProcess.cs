using System.Diagnostics;
using System.Text;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>One engine process by pid: one <c>local-cluster.sh</c> started (<see cref="Read"/> finds its pid file under <c>.cluster/</c>), or one a test started.</summary>
internal sealed record ClusterProcess(string Name, int Pid)
{
    public static string StateDirectory => RepositoryRoot.Combine(".cluster");

    public static ClusterProcess Read(string name) =>
        new(name, int.Parse(File.ReadAllText(Path.Combine(StateDirectory, name + ".pid")).Trim()));

    /// <summary>Running, not a zombie: a killed silo's parent (the script) has gone, and nobody may reap it.</summary>
    public bool IsRunning
    {
        get
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{Pid}/stat");
                return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    /// <summary>A variable the script set in the process's environment (such as <c>Orleans__SiloPort</c>).</summary>
    public string Environment(string name)
    {
        var prefix = name + "=";
        var entry = File.ReadAllText($"/proc/{Pid}/environ", Encoding.UTF8).Split('\0').SingleOrDefault(e => e.StartsWith(prefix, StringComparison.Ordinal));
        return entry?[prefix.Length..] ?? throw new InvalidOperationException($"{Name} (pid {Pid}) has no {name} in its environment.");
    }

    /// <summary>SIGKILL, as <c>kill -9 $(cat .cluster/NAME.pid)</c> would, after checking the pid is still that process.</summary>
    public async Task KillAsync(TimeSpan within)
    {
        // Opened first: from here on the signal follows this very process, even if the pid were reused.
        using var exited = ProcessExitSignal.Open(Pid);
        var commandLine = File.ReadAllText($"/proc/{Pid}/cmdline").Replace('\0', ' ');
        if (!commandLine.Contains("MfaGrains.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"pid {Pid} of {Name} is now '{commandLine}', not the process started as {Name}.");
        }

        using (var process = Process.GetProcessById(Pid))
        {
            process.Kill(); // SIGKILL on Linux: no shutdown, no goodbye to the cluster.
        }

        if (!await exited.WaitAsync(within))
        {
            throw new TimeoutException($"{Name} (pid {Pid}) was still running {within} after SIGKILL.");
        }
    }
}
