using MfaGrains.Load.Users;

namespace MfaGrains.Load.Tests;

public sealed class UserPoolTests
{
    // The pool loads a phone key only when a sign-in asks for it, so these users need no real key.
    private static readonly SeededUser[] Users = [new("a@test", "dev_a", "unused"), new("b@test", "dev_b", "unused")];

    [Fact]
    public void Least_recently_used_hands_a_user_back_after_its_sign_in()
    {
        var pool = new UserPool(Users);

        using (var first = pool.TryLease())
        {
            Assert.Equal("a@test", first!.User.UserId);
        }

        Assert.Equal("b@test", pool.TryLease()!.User.UserId);
        Assert.Equal("a@test", pool.TryLease()!.User.UserId);
    }

    [Fact]
    public void Once_never_hands_a_user_out_twice()
    {
        var pool = new UserPool(Users, UserReuse.Once);

        var seen = new List<string>();
        for (var lease = pool.TryLease(); lease is not null; lease = pool.TryLease())
        {
            seen.Add(lease.User.UserId);
            lease.Dispose();
        }

        Assert.Equal(["a@test", "b@test"], seen);
    }
}
