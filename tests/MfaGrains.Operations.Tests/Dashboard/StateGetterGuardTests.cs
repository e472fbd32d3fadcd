using System.Reflection;
using MfaGrains.Grains.Users;
using Orleans.Core;

namespace MfaGrains.Operations.Tests.Dashboard;

/// <summary>
/// The dashboard's state view calls a grain's parameterless interface methods that return one of its persisted state types or are
/// named <c>GetState</c> (<c>DashboardGrain.GetGrainState</c>). No MfaGrains grain may offer one: states hold hashes and sealed seeds.
/// </summary>
public sealed class StateGetterGuardTests
{
    [Fact]
    public void No_grain_offers_the_dashboard_a_method_that_returns_its_state()
    {
        var grains = typeof(UserGrain).Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IGrain).IsAssignableFrom(t)).ToList();
        Assert.Contains(grains, t => t.Name == "DeviceGrain");

        var offered = (
            from grain in grains
            let states = StateTypes(grain)
            from contract in grain.GetInterfaces()
            from method in contract.GetMethods()
            where method.GetParameters().Length == 0 && typeof(Task).IsAssignableFrom(method.ReturnType)
            where method.Name == "GetState" || method.ReturnType.GetGenericArguments().Any(states.Contains)
            select $"{grain.Name}: {contract.Name}.{method.Name}").ToList();

        Assert.True(offered.Count == 0, "Grain methods the dashboard would call to show state: " + string.Join(", ", offered));
    }

    [Fact]
    public void The_guard_sees_the_persisted_states_it_protects()
    {
        Assert.Contains(StateTypes(typeof(UserGrain)), t => t.Name == "UserState");
    }

    // The dashboard's own rule: the type arguments of every IStorage field or property, primary-constructor captures included.
    private static HashSet<Type> StateTypes(Type grain)
    {
        const BindingFlags All = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var members = grain.GetFields(All).Select(f => f.FieldType).Concat(grain.GetProperties(All).Select(p => p.PropertyType));
        return [.. members.Where(typeof(IStorage).IsAssignableFrom).Select(t => t.GetGenericArguments().First())];
    }
}
