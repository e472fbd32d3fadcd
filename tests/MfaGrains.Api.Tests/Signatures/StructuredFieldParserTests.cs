using MfaGrains.Api.Signatures;

namespace MfaGrains.Api.Tests.Signatures;

public sealed class StructuredFieldParserTests
{
    [Fact]
    public void Signature_Input_parses_into_an_inner_list_with_typed_parameters()
    {
        Assert.True(StructuredFieldParser.TryParseDictionary(
            "sig1=(\"@method\" \"@path\");created=1618884475;keyid=\"k-1\";flag;tok=abc/d:e;neg=-5;dec=1.25;no=?0;bin=:AQID:",
            out var dictionary));

        var (label, member) = Assert.Single(dictionary.Members);
        var list = Assert.IsType<SfInnerList>(member);
        Assert.Equal("sig1", label);
        Assert.Equal(new object[] { "@method", "@path" }, list.Items.Select(item => item.Value));
        Assert.Equal(
            new KeyValuePair<string, object>[]
            {
                new("created", 1618884475L), new("keyid", "k-1"), new("flag", true), new("tok", new SfToken("abc/d:e")),
                new("neg", -5L), new("dec", 1.25m), new("no", false),
            },
            list.Parameters.Entries.Take(7));
        Assert.True(list.Parameters.TryGetValue("bin", out var bytes));
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.IsType<byte[]>(bytes));
    }

    [Fact]
    public void Dictionary_keeps_order_allows_whitespace_after_commas_and_overwrites_repeated_keys()
    {
        string[] keys = ["a", "b"];

        Assert.True(StructuredFieldParser.TryParseDictionary(" a=1,  b=:AA==:\t, a=3 ", out var dictionary));

        Assert.Equal(keys, dictionary.Members.Select(member => member.Key));
        Assert.Equal(3L, Assert.IsType<SfItem>(dictionary.Members[0].Value).Value);
    }

    [Fact]
    public void Byte_sequence_without_padding_is_accepted()
    {
        Assert.True(StructuredFieldParser.TryParseDictionary("sha-256=:AQI:", out var dictionary));

        Assert.Equal(new byte[] { 1, 2 }, Assert.IsType<byte[]>(Assert.IsType<SfItem>(dictionary.Members[0].Value).Value));
    }

    [Fact]
    public void Empty_field_is_an_empty_dictionary()
    {
        Assert.True(StructuredFieldParser.TryParseDictionary("", out var dictionary));

        Assert.Empty(dictionary.Members);
    }

    [Theory]
    [InlineData("a=1,")]
    [InlineData("a=1,,b=2")]
    [InlineData("A=1")]
    [InlineData("1a=1")]
    [InlineData("a=\"open")]
    [InlineData("a=\"bad\\escape\"")]
    [InlineData("a=\"tab\there\"")]
    [InlineData("a=1234567890123456")]
    [InlineData("a=1.2345")]
    [InlineData("a=1.")]
    [InlineData("a=1234567890123.5")]
    [InlineData("a=-")]
    [InlineData("a=?2")]
    [InlineData("a=:not base64!:")]
    [InlineData("a=:AAAA")]
    [InlineData("a=(1 2")]
    [InlineData("a=(1  2)x")]
    [InlineData("a=(\"x\"\"y\")")]
    [InlineData("a=(\"x\") ;p=1")]
    [InlineData("a=1;B=2")]
    [InlineData("a=1 b=2")]
    [InlineData("a=é")]
    [InlineData("a=@1659578233")]
    [InlineData("a=%\"display\"")]
    public void Invalid_fields_are_rejected(string field) =>
        Assert.False(StructuredFieldParser.TryParseDictionary(field, out _));

    [Theory]
    [InlineData("(  \"@method\"   \"@path\" );  created=1;keyid=\"k\"", "(\"@method\" \"@path\");created=1;keyid=\"k\"")]
    [InlineData("( \"a\";x=?1 \"b\";y=tok );z=?0", "(\"a\";x \"b\";y=tok);z=?0")]
    [InlineData("();created=1", "();created=1")]
    [InlineData("(1.500 -2.05 :AQ==:);e=\"q\\\"\\\\\"", "(1.5 -2.05 :AQ==:);e=\"q\\\"\\\\\"")]
    public void Inner_list_reserializes_canonically(string value, string canonical)
    {
        Assert.True(StructuredFieldParser.TryParseDictionary("sig=" + value, out var dictionary));

        Assert.Equal(canonical, StructuredFieldSerializer.SerializeInnerList(Assert.IsType<SfInnerList>(dictionary.Members[0].Value)));
    }

    [Fact]
    public void Item_serializes_with_its_parameters() =>
        Assert.Equal("\"content-digest\";sf", StructuredFieldSerializer.SerializeItem(new SfItem("content-digest", new SfParameters([new("sf", true)]))));
}
