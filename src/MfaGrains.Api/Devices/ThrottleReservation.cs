namespace MfaGrains.Api.Devices;

/// <summary>A wrong guess reserved in the activation throttle: given back on dispose unless <see cref="Spend"/> kept it.</summary>
public sealed class ThrottleReservation(ThrottleWindow address, DateTimeOffset addressWindow, ThrottleWindow everyone, DateTimeOffset everyoneWindow) : IDisposable
{
    private bool _settled;

    /// <summary>Keeps the permits: the code was wrong.</summary>
    public void Spend()
    {
        if (_settled)
        {
            return;
        }

        _settled = true;
        address.Spend(addressWindow);
        everyone.Spend(everyoneWindow);
    }

    /// <summary>Gives the permits back unless they were spent (a right code, or a request that failed before judging the code).</summary>
    public void Dispose()
    {
        if (_settled)
        {
            return;
        }

        _settled = true;
        address.GiveBack(addressWindow);
        everyone.GiveBack(everyoneWindow);
    }
}
