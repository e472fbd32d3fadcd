namespace MfaGrains.Hosting.Storage.GroupCommit;

/// <summary>Work that waits in a <see cref="BatchLoop{T}"/>; failed with the cause when its batch fails.</summary>
internal interface IBatchItem
{
    void Fail(Exception cause);
}
