using System.ComponentModel;
using System.Runtime.InteropServices;

namespace MfaGrains.Cluster.Tests.Cluster;

/// <summary>
/// Learns the moment a process ends from the kernel (a Linux pidfd, readable once the process has exited) rather than
/// by polling. It works for processes this test did not start, and sees the exit even while the process lingers as a
/// zombie that nobody reaps, which <see cref="System.Diagnostics.Process.WaitForExitAsync"/> cannot.
/// </summary>
internal sealed class ProcessExitSignal : IDisposable
{
    // pidfd_open(2): the same number on x86_64 and arm64.
    private const long PidfdOpen = 434;
    private const short PollIn = 0x1;
    private const int Interrupted = 4;

    private readonly int _fd;

    private ProcessExitSignal(int fd) => _fd = fd;

    /// <summary>Opens the signal for <paramref name="pid"/>; open it before the kill, so the pid cannot be reused in between.</summary>
    public static ProcessExitSignal Open(int pid)
    {
        var fd = (int)NativeMethods.syscall(PidfdOpen, pid, 0);
        return fd >= 0 ? new ProcessExitSignal(fd) : throw new Win32Exception(Marshal.GetLastPInvokeError(), $"pidfd_open({pid}) failed");
    }

    /// <summary>True once the process has ended; false if it is still running when <paramref name="within"/> is up.</summary>
    public Task<bool> WaitAsync(TimeSpan within) => Task.Factory.StartNew(
        () =>
        {
            var deadline = DateTime.UtcNow + within;
            while (true)
            {
                var fds = new[] { new NativeMethods.PollFd { Fd = _fd, Events = PollIn } };
                var timeout = (int)Math.Max(0, Math.Ceiling((deadline - DateTime.UtcNow).TotalMilliseconds));
                var ready = NativeMethods.poll(fds, 1, timeout);
                if (ready >= 0)
                {
                    return ready == 1;
                }

                var error = Marshal.GetLastPInvokeError();
                if (error != Interrupted)
                {
                    throw new Win32Exception(error, "poll on a pidfd failed");
                }
            }
        },
        CancellationToken.None,
        TaskCreationOptions.LongRunning,
        TaskScheduler.Default);

    // Closing a pidfd has nothing to flush; there is no failure to act on.
    public void Dispose() => _ = NativeMethods.close(_fd);

    private static class NativeMethods
    {
        [StructLayout(LayoutKind.Sequential)]
        public struct PollFd
        {
            public int Fd;
            public short Events;
            public short Revents;
        }

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern long syscall(long number, int pid, uint flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int poll([In, Out] PollFd[] fds, nuint count, int timeout);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int fd);
    }
}
