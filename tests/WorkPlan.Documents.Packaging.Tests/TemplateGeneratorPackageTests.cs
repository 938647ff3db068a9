using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using NuGet.Packaging;
using WorkPlan.Documents.Packaging.Tests.Infrastructure;

namespace WorkPlan.Documents.Packaging.Tests;

/// <summary>
/// The template source generator inside WorkPlan.Documents.Templates: the generator and every assembly it loads in
/// the compiler in analyzers/dotnet/cs (a package's analyzer gets no NuGet dependencies), and the build files that
/// turn WorkPlanTemplates items into marked additional files, direct and transitive.
/// </summary>
[Collection(PackedPackagesGroup.Name)]
public class TemplateGeneratorPackageTests(PackedPackages packages)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    [Fact]
    public void Analyzer_folder_holds_the_generator_and_every_assembly_it_references_outside_the_framework()
    {
        using PackageArchiveReader package = packages.Open("WorkPlan.Documents.Templates");
        var files = package.GetFiles().Where(f => f.StartsWith(AnalyzerFolder, StringComparison.Ordinal)).Select(f => f[AnalyzerFolder.Length..]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["ExCSS.dll", "Scriban.Signed.dll", "WorkPlan.Documents.Templates.Generator.dll", "WorkPlan.Documents.dll"], files.Order(StringComparer.Ordinal));

        // Every assembly a packed assembly references is packed beside it, or comes from the compiler or its host.
        var missing = new List<string>();
        foreach (string file in files)
        {
            using PEReader pe = Open(package, AnalyzerFolder + file);
            MetadataReader metadata = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                string name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (!files.Contains(name + ".dll") && !IsFromTheCompilerOrItsHost(name))
                {
                    missing.Add($"{file} → {name}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Generator_and_library_in_the_analyzer_folder_are_built_for_netstandard2_0()
    {
        using PackageArchiveReader package = packages.Open("WorkPlan.Documents.Templates");
        foreach (string file in new[] { "WorkPlan.Documents.Templates.Generator.dll", "WorkPlan.Documents.dll" })
        {
            using PEReader pe = Open(package, AnalyzerFolder + file);
            MetadataReader metadata = pe.GetMetadataReader();
            string? framework = metadata.CustomAttributes
                .Select(h => metadata.GetCustomAttribute(h))
                .Where(a => a.Constructor.Kind == HandleKind.MemberReference)
                .Select(a => (Attribute: a, Type: metadata.GetMemberReference((MemberReferenceHandle)a.Constructor).Parent))
                .Where(p => p.Type.Kind == HandleKind.TypeReference && metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)p.Type).Name) == "TargetFrameworkAttribute")
                .Select(p => System.Text.Encoding.UTF8.GetString(metadata.GetBlobBytes(p.Attribute.Value)))
                .SingleOrDefault();
            Assert.NotNull(framework);
            Assert.Contains(".NETStandard,Version=v2.0", framework, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("build")]
    [InlineData("buildTransitive")]
    public void Build_files_mark_WorkPlanTemplates_items_as_compiler_visible_additional_files(string folder)
    {
        using PackageArchiveReader package = packages.Open("WorkPlan.Documents.Templates");

        XDocument props = Resolve(package, $"{folder}/WorkPlan.Documents.Templates.props");
        XDocument targets = Resolve(package, $"{folder}/WorkPlan.Documents.Templates.targets");

        Assert.Contains(props.Descendants("CompilerVisibleItemMetadata"), e => (string?)e.Attribute("Include") == "AdditionalFiles" && (string?)e.Attribute("MetadataName") == "WorkPlanTemplate");
        Assert.Contains(targets.Descendants("AdditionalFiles"), e => (string?)e.Attribute("Include") == "@(WorkPlanTemplates)" && (string?)e.Attribute("WorkPlanTemplate") == "true");
    }

    // A buildTransitive file imports its build/ twin; follow that one import.
    private static XDocument Resolve(PackageArchiveReader package, string path)
    {
        XDocument document = XDocument.Load(package.GetStream(path));
        XElement? import = document.Root!.Elements("Import").SingleOrDefault();
        if (import is null)
        {
            return document;
        }

        string target = ((string)import.Attribute("Project")!).Replace("$(MSBuildThisFileDirectory)../", string.Empty, StringComparison.Ordinal);
        return XDocument.Load(package.GetStream(target));
    }

    // The framework (the compiler's host), the compiler itself, and the library's dependencies that only its model,
    // programme JSON and .docx code use, which the generator never runs (checked end to end by building
    // samples/TemplateAuthor through the package: a missing assembly would fail the generator with CS8785).
    private static bool IsFromTheCompilerOrItsHost(string name) =>
        name is "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.Bcl.AsyncInterfaces" or "Microsoft.Bcl.HashCode"
        || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
        || name is "NodaTime" or "NodaTime.Serialization.SystemTextJson" or "DocumentFormat.OpenXml" or "DocumentFormat.OpenXml.Framework";

    private static PEReader Open(PackageArchiveReader package, string path)
    {
        var image = new MemoryStream();
        using (Stream stream = package.GetStream(path))
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        return new PEReader(image);
    }
}
