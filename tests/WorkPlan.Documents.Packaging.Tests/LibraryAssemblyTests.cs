using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using NuGet.Packaging;
using WorkPlan.Documents.Packaging.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Packaging.Tests;

/// <summary>Opens the assemblies inside the library packages and checks what a consumer relies on.</summary>
[Collection(PackedPackagesGroup.Name)]
public class LibraryAssemblyTests(PackedPackages packages)
{
    private static readonly Dictionary<string, string> FrameworkNames = new()
    {
        ["netstandard2.0"] = ".NETStandard,Version=v2.0",
        ["net8.0"] = ".NETCoreApp,Version=v8.0",
    };

    public static TheoryData<string, string> Assemblies()
    {
        var data = new TheoryData<string, string>();
        foreach (string id in new[] { "WorkPlan.Documents", "WorkPlan.Documents.Templates" })
        {
            foreach (string framework in FrameworkNames.Keys)
            {
                data.Add(id, framework);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Assembly_is_built_for_its_folder_and_carries_the_package_version(string id, string framework)
    {
        using PackageArchiveReader package = packages.Open(id);
        using PEReader pe = OpenAssembly(package, $"lib/{framework}/{id}.dll");
        MetadataReader metadata = pe.GetMetadataReader();

        Assert.Equal(FrameworkNames[framework], AttributeValue(metadata, "TargetFrameworkAttribute"));
        string informational = AttributeValue(metadata, "AssemblyInformationalVersionAttribute");
        Assert.StartsWith(package.NuspecReader.GetVersion().ToNormalizedString(), informational, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Xml_documentation_covers_every_public_type(string id, string framework)
    {
        using PackageArchiveReader package = packages.Open(id);
        using PEReader pe = OpenAssembly(package, $"lib/{framework}/{id}.dll");
        XDocument docs = XDocument.Load(package.GetStream($"lib/{framework}/{id}.xml"));
        var documented = docs.Descendants("member").Select(m => (string?)m.Attribute("name")).ToHashSet(StringComparer.Ordinal);

        List<string> publicTypes = PublicTypeNames(pe.GetMetadataReader()).ToList();
        List<string> undocumented = publicTypes.Where(t => !documented.Contains("T:" + t)).ToList();

        Assert.NotEmpty(publicTypes);
        Assert.True(undocumented.Count == 0, "Undocumented public types: " + string.Join(", ", undocumented));
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Symbol_package_holds_the_matching_portable_pdb(string id, string framework)
    {
        using PackageArchiveReader package = packages.Open(id);
        using PackageArchiveReader symbols = packages.OpenSymbols(id);
        using PEReader pe = OpenAssembly(package, $"lib/{framework}/{id}.dll");

        DebugDirectoryEntry codeView = Assert.Single(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.CodeView);
        CodeViewDebugDirectoryData expected = pe.ReadCodeViewDebugDirectoryData(codeView);
        Assert.Equal($"{id}.pdb", Path.GetFileName(expected.Path));

        using var pdbBytes = new MemoryStream();
        symbols.GetStream($"lib/{framework}/{id}.pdb").CopyTo(pdbBytes);
        pdbBytes.Position = 0;
        using MetadataReaderProvider pdb = MetadataReaderProvider.FromPortablePdbStream(pdbBytes);
        BlobContentId pdbId = new(pdb.GetMetadataReader().DebugMetadataHeader!.Id);

        Assert.Equal(expected.Guid, pdbId.Guid);
        Assert.Equal(codeView.Stamp, pdbId.Stamp);
    }

    private static PEReader OpenAssembly(PackageArchiveReader package, string path)
    {
        var bytes = new MemoryStream();
        package.GetStream(path).CopyTo(bytes);
        bytes.Position = 0;
        return new PEReader(bytes);
    }

    private static string AttributeValue(MetadataReader metadata, string attributeName)
    {
        foreach (CustomAttributeHandle handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            MemberReference constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            TypeReference type = metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent);
            if (metadata.GetString(type.Name) == attributeName)
            {
                // The blob is: prolog 0x0001, then the first (string) constructor argument.
                BlobReader blob = metadata.GetBlobReader(attribute.Value);
                blob.ReadUInt16();
                return blob.ReadSerializedString()!;
            }
        }

        throw new InvalidOperationException($"The assembly has no {attributeName}.");
    }

    private static IEnumerable<string> PublicTypeNames(MetadataReader metadata)
    {
        foreach (TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(handle);
            if (IsVisible(metadata, type))
            {
                yield return FullName(metadata, type);
            }
        }
    }

    private static bool IsVisible(MetadataReader metadata, TypeDefinition type)
    {
        TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
        return visibility switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem =>
                IsVisible(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())),
            _ => false,
        };
    }

    private static string FullName(MetadataReader metadata, TypeDefinition type)
    {
        string name = metadata.GetString(type.Name);
        return type.GetDeclaringType().IsNil
            ? metadata.GetString(type.Namespace) + "." + name
            : FullName(metadata, metadata.GetTypeDefinition(type.GetDeclaringType())) + "." + name;
    }
}
