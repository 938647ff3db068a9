using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

/// <summary>A template folder is read only inside itself: symbolic links that leave it are refused.</summary>
public sealed class FolderTemplateSourceTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "template-links-" + Guid.NewGuid().ToString("N"));

    public FolderTemplateSourceTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "templates"));
        File.WriteAllText(Path.Combine(root, "secret.txt"), "<p class=\"abstract\">SECRET</p>");
    }

    private string Folder => Path.Combine(root, "templates");

    private string Secret => Path.Combine(root, "secret.txt");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_link_to_a_file_outside_the_folder_is_refused_naming_the_file()
    {
        string link = Path.Combine(Folder, "title.sbn-html");
        File.CreateSymbolicLink(link, Secret);

        UnauthorizedAccessException error = Assert.Throws<UnauthorizedAccessException>(() => Nd30Templates.Default.WithFolder(Folder));

        Assert.Contains("\"" + link + "\" is a symbolic link to ", error.Message, StringComparison.Ordinal);
        Assert.Contains("outside the template folder", error.Message, StringComparison.Ordinal);
        Assert.Throws<UnauthorizedAccessException>(() => TemplateSet.FromFolder(Folder, "nd30.css"));
    }

    [Fact]
    public void A_link_made_after_the_set_is_refused_when_the_file_is_read()
    {
        TemplateSet set = Nd30Templates.Default.WithFolder(Folder);
        File.CreateSymbolicLink(Path.Combine(Folder, "title.sbn-html"), Secret);

        // Met while the partial is called, it is reported at the call, with the refusal behind it.
        TemplateException error = Assert.Throws<TemplateException>(() => new WorkProgrammeRenderer(set).RenderMarkup(Samples.Minimal()));

        Assert.IsType<UnauthorizedAccessException>(error.InnerException?.InnerException);
        Assert.Contains("links that leave the folder are refused", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_through_another_link_that_leaves_the_folder_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "hop.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(Folder, "title.sbn-html"), Path.Combine(Folder, "hop.txt"));

        Assert.Throws<UnauthorizedAccessException>(() => Nd30Templates.Default.WithFolder(Folder));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_folder_is_read_on_the_net8_build()
    {
        File.WriteAllText(Path.Combine(Folder, "my-title.txt"), "<p class=\"abstract\">MINE</p>");
        File.CreateSymbolicLink(Path.Combine(Folder, "title.sbn-html"), "my-title.txt");

        if (BuildLeg.LibraryFramework.StartsWith(".NETStandard", StringComparison.Ordinal))
        {
            // netstandard2.0 cannot read a link's target, so it refuses every link.
            Assert.Throws<UnauthorizedAccessException>(() => Nd30Templates.Default.WithFolder(Folder));
            return;
        }

        string markup = new WorkProgrammeRenderer(Nd30Templates.Default.WithFolder(Folder)).RenderMarkup(Samples.Minimal());

        Assert.Contains("MINE", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_never_read_so_it_does_not_matter()
    {
        Directory.CreateSymbolicLink(Path.Combine(Folder, "elsewhere"), root);

        string markup = new WorkProgrammeRenderer(Nd30Templates.Default.WithFolder(Folder)).RenderMarkup(Samples.Minimal());

        Assert.DoesNotContain("SECRET", markup, StringComparison.Ordinal);
    }
}
