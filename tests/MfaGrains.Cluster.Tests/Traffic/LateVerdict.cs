namespace MfaGrains.Cluster.Tests.Traffic;

/// <summary>What became of a sign-in that failed during the outage, checked once the cluster had declared the silo dead.</summary>
internal enum LateVerdict
{
    /// <summary>The challenge had resolved (its answer had landed although the response was lost).</summary>
    Resolved,

    /// <summary>The challenge was still pending, and the phone could answer it and the portal read approved.</summary>
    Answerable,

    /// <summary>Issuing had failed twice; a new sign-in for the user went through.</summary>
    IssuedAgain,

    /// <summary>None of the above: the challenge was lost, expired or unanswerable.</summary>
    Lost,
}
