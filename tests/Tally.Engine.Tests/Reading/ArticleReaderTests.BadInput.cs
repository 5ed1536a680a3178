using System.Text;
using Tally.Reading;
using Xunit;

namespace Tally.Tests.Reading;

public partial class ArticleReaderTests
{
    [Fact]
    public void ReadFile_Missing_FailsE101()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tally-missing-{Guid.NewGuid():N}.txt");

        AssertOneLineError("[E101]", ArticleReader.ReadFile(path));
    }

    [Fact]
    public void ReadFile_Directory_FailsE102() =>
        AssertOneLineError("[E102]", ArticleReader.ReadFile(Path.GetTempPath()));

    [Fact]
    public void FromBytes_Binary_FailsE103() =>
        AssertOneLineError("[E103]", ArticleReader.FromBytes([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "image.png"));

    [Fact]
    public void FromBytes_InvalidUtf8_FailsE104WithOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("Three killed ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var result = ArticleReader.FromBytes(bytes, "latin1.txt");

        AssertOneLineError("[E104]", result);
        Assert.Contains("offset 13", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    [InlineData("\uFEFF")]
    public void FromBytes_Empty_FailsE105(string text) =>
        AssertOneLineError("[E105]", ArticleReader.FromBytes(Encoding.UTF8.GetBytes(text), "empty.txt"));

    [Fact]
    public void ReadStream_TooLarge_FailsE106()
    {
        // The size check comes before the content checks, so zero bytes do.
        using var stream = new MemoryStream(new byte[ArticleReader.MaxBytes + 1]);

        AssertOneLineError("[E106]", ArticleReader.ReadStream(stream, "-"));
    }

    [Fact]
    public void ReadFile_TooLarge_FailsE106()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.OpenWrite(path)) file.SetLength(ArticleReader.MaxBytes + 1);

            AssertOneLineError("[E106]", ArticleReader.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadFile_TextFile_ReadsWithBomStripped()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tally-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Three killed.\nSource: news.az", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var result = ArticleReader.ReadFile(path);

            Assert.True(result.Success, result.Error);
            Assert.Equal("Three killed.", result.Article.Text);
            Assert.Equal(Path.GetFileNameWithoutExtension(path), result.Article.Metadata.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertOneLineError(string code, ReadResult result)
    {
        Assert.False(result.Success);
        Assert.StartsWith(code, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
    }
}
