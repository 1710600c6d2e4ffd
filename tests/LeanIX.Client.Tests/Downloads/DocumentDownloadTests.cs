using System.Net;
using System.Text;
using LeanIX.Emulator.Hosting;

namespace LeanIX.Client.Tests.Downloads;

/// <summary>admin.md §11.1, D68 on the client: file documents are uploaded and downloaded, link documents give their URL.</summary>
public class DocumentDownloadTests
{
    [Fact]
    public async Task A_file_document_is_uploaded_and_streamed_back_and_a_link_document_gives_its_url()
    {
        await using var host = await EmulatorHost.StartAsync("empty");
        using var lx = TestClients.For(host);
        var app = await lx.FactSheets.CreateAsync("Application", "CRM");
        var bytes = Encoding.UTF8.GetBytes("architecture notes ✓");
        var document = await lx.Downloads.UploadDocumentAsync(app.Id, "Notes", "notes.txt", bytes, "text/plain", "Design notes");
        Assert.Equal("Notes", document.Name);
        Assert.Null(document.Url);

        using var stream = new MemoryStream();
        var download = await lx.Downloads.DownloadDocumentAsync(document.Id, stream);
        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal(("notes.txt", "text/plain", (long)bytes.Length), (download.FileName, download.MediaType, download.Length));

        var directory = DownloadTestData.TempDirectory();
        try
        {
            var saved = await lx.Downloads.DownloadResourceAsync(document, directory);
            Assert.Equal(Path.Combine(directory, "notes.txt"), saved.Path);
            Assert.Equal(bytes, await File.ReadAllBytesAsync(saved.Path!));

            var linkId = await DownloadTestData.CreateLinkDocumentAsync(lx, app.Id, "https://wiki.example.com/crm");
            var link = new FactSheetDocument(linkId, "Wiki", "https://wiki.example.com/crm", null, "CUSTOM_LINK", null);
            var linked = await lx.Downloads.DownloadResourceAsync(link, directory);
            Assert.Equal(("https://wiki.example.com/crm", (string?)null), (linked.Url, linked.Path));
            Assert.Equal(["notes.txt"], Directory.GetFiles(directory).Select(Path.GetFileName));
            var noFile = await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.DownloadDocumentAsync(linkId, Stream.Null));
            Assert.Contains("no file content", noFile.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Unknown_documents_bad_uploads_and_viewers_are_refused()
    {
        await using var host = await RoleHosts.StartAsync();
        using var lx = TestClients.For(host);
        await Assert.ThrowsAsync<LeanIXNotFoundException>(() => lx.Downloads.DownloadDocumentAsync(Guid.NewGuid(), Stream.Null));
        await Assert.ThrowsAsync<LeanIXBusinessException>(() =>
            lx.Downloads.UploadDocumentAsync(Guid.NewGuid(), "Notes", "notes.txt", new byte[] { 1 }));
        var noFile = await Assert.ThrowsAsync<LeanIXRequestFailedException>(() => lx.Connection.UploadAsync("services/pathfinder/v1/graphql/upload",
            [MultipartPart.Text("graphQLRequest", """{"query":"{ allFactSheets { totalCount } }"}""", "application/json")]));
        Assert.Equal(HttpStatusCode.BadRequest, noFile.Status);
        Assert.Contains("'file'", noFile.Message);

        var app = await lx.FactSheets.CreateAsync("Application", "CRM");
        var document = await lx.Downloads.UploadDocumentAsync(app.Id, "Notes", "notes.bin", new byte[] { 1, 2, 3 });
        using var viewer = RoleHosts.SecondClient(host);
        using var copy = new MemoryStream();
        await viewer.Downloads.DownloadDocumentAsync(document.Id, copy);
        Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
        await Assert.ThrowsAnyAsync<LeanIXRequestFailedException>(() => viewer.Downloads.UploadDocumentAsync(app.Id, "Mine", "x.txt", new byte[] { 1 }));
    }
}
