using System.Reflection;
using MfaGrains.Grains.Users;
using Orleans.Runtime;

namespace MfaGrains.Grains.Tests.Secrets;

/// <summary>
/// The Orleans dashboard's <c>/GrainState</c> calls every parameterless interface method whose result is one of the
/// grain's persisted state types, or that is named GetState, and shows the JSON. Our states hold sealed codes and
/// number hashes, so no grain interface may offer such a method.
/// </summary>
public sealed class GrainStateExposureTests
{
    public static TheoryData<Type> GrainInterfaces => new() { typeof(IUserGrain), typeof(IDeviceGrain), typeof(IActivationCodeGrain) };

    [Theory]
    [MemberData(nameof(GrainInterfaces))]
    public void No_parameterless_method_returns_persisted_state_or_is_named_GetState(Type grainInterface)
    {
        var stateTypes = PersistedStateTypes(grainInterface);

        Assert.NotEmpty(stateTypes);
        Assert.Empty(DashboardReadable(grainInterface, stateTypes));
    }

    [Fact]
    public void The_check_catches_an_interface_that_would_show_its_state()
    {
        Assert.Equal(
            ["GetState", "Peek", "PeekWrapped"],
            DashboardReadable(typeof(IOverSharing), new HashSet<Type> { typeof(UserState) }).Order());
    }

    private static HashSet<Type> PersistedStateTypes(Type grainInterface) =>
        typeof(UserGrain).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && grainInterface.IsAssignableFrom(type))
            .SelectMany(type => type.GetConstructors())
            .SelectMany(constructor => constructor.GetParameters())
            .Where(parameter => parameter.GetCustomAttribute<PersistentStateAttribute>() is not null)
            .Select(parameter => parameter.ParameterType.GetGenericArguments().Single())
            .ToHashSet();

    private static IEnumerable<string> DashboardReadable(Type grainInterface, IReadOnlySet<Type> stateTypes) =>
        grainInterface.GetMethods()
            .Concat(grainInterface.GetInterfaces().SelectMany(inherited => inherited.GetMethods()))
            .Where(method => method.GetParameters().All(p => p.ParameterType == typeof(CancellationToken)))
            .Where(method => method.Name == "GetState" || Mentions(AwaitedType(method.ReturnType), stateTypes))
            .Select(method => method.Name);

    private static Type? AwaitedType(Type returnType) =>
        returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : null;

    private static bool Mentions(Type? type, IReadOnlySet<Type> stateTypes) => type is not null
        && (stateTypes.Contains(type)
            || (type.IsGenericType && type.GetGenericArguments().Any(argument => Mentions(argument, stateTypes)))
            || (type.IsArray && Mentions(type.GetElementType(), stateTypes)));

    /// <summary>What the check must refuse.</summary>
    private interface IOverSharing
    {
        Task<UserState> Peek();

        Task<MfaResult<UserState>> PeekWrapped(CancellationToken cancellationToken);

        Task<string> GetState();

        Task<UserState> PeekAt(string userId);

        Task<AccountView> GetAccount();
    }
}
