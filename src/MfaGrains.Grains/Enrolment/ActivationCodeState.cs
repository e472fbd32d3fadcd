namespace MfaGrains.Grains.Enrolment;

/// <summary>The enrolment a live activation code belongs to, if any.</summary>
[GenerateSerializer, Alias("mfa.ActivationCodeState")]
public sealed class ActivationCodeState
{
    [Id(0)] public ActivationCodeBinding? Binding { get; set; }
}
