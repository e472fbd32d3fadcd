using MfaGrains.Load.Users;

namespace MfaGrains.Load.Tests;

public sealed class SingleUseBudgetTests
{
    [Fact]
    public void Fewer_users_than_arrivals_is_refused_with_the_numbers_needed()
    {
        var refused = Assert.Throws<ArgumentException>(() => SingleUseBudget.Ensure(229, 230, "users.json"));

        Assert.Contains("users.json holds 229 users", refused.Message);
        Assert.Contains("seed --users 230", refused.Message);
    }

    [Theory]
    [InlineData(230, 230)]
    [InlineData(1000, 230)]
    public void One_user_per_arrival_is_enough(int users, long arrivals) => SingleUseBudget.Ensure(users, arrivals, "users.json");
}
