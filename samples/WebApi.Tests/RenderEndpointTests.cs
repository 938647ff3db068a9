using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WebApi.Tests;

public class RenderEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.json"));

    [Fact]
    public async Task Posting_the_seed_returns_a_docx_that_Word_can_open_with_the_whole_programme()
    {
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.PostAsync("/programmes/render/docx", Json(Seed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("chuong-trinh-cong-tac-thang-5-2021.docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);

        using var docx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using WordprocessingDocument document = WordprocessingDocument.Open(docx, isEditable: false);
        Body body = document.MainDocumentPart!.Document.Body!;
        string text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Số: 05/CTr-VPĐP", text, StringComparison.Ordinal);
        Assert.Contains("Giao ban Lãnh đạo Văn phòng", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn A", text, StringComparison.Ordinal);

        // The schedule table: a heading row repeated on every page, and rows for every day of May.
        Table schedule = body.Descendants<Table>().Single(t => t.InnerText.Contains("NỘI DUNG CÔNG VIỆC", StringComparison.Ordinal));
        Assert.NotNull(schedule.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Contains("31/5", schedule.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_the_seed_for_html_returns_one_utf8_page()
    {
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.PostAsync("/programmes/render/html", Json(Seed));
        string html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Giao ban Lãnh đạo Văn phòng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_programme_gets_400_naming_the_json_path()
    {
        using HttpClient client = factory.CreateClient();
        string broken = Seed.Replace("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2021-05-32\"", StringComparison.Ordinal);

        using HttpResponseMessage response = await client.PostAsync("/programmes/render/docx", Json(broken));
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("$.identity.issueDate", problem.RootElement.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Concurrent_requests_share_the_renderer_and_get_the_same_document()
    {
        using HttpClient client = factory.CreateClient();

        byte[][] documents = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using HttpResponseMessage response = await client.PostAsync("/programmes/render/html", Json(Seed));
            return await response.Content.ReadAsByteArrayAsync();
        }));

        Assert.All(documents, d => Assert.Equal(documents[0], d));
    }

    [Fact]
    public async Task The_check_endpoint_returns_the_findings()
    {
        using HttpClient client = factory.CreateClient();

        JsonElement[]? findings = await (await client.PostAsync("/programmes/check", Json(Seed))).Content.ReadFromJsonAsync<JsonElement[]>();

        Assert.NotNull(findings);
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "WP002");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
