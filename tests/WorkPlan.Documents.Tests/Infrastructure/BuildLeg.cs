namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>Tells which build of the libraries the running tests exercise.</summary>
public static class BuildLeg
{
    /// <summary>The target framework of the loaded WorkPlan.Documents assembly, e.g. ".NETStandard,Version=v2.0".</summary>
    public static string LibraryFramework =>
        typeof(WorkPlan.Documents.Model.WorkProgramme).Assembly
            .GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .OfType<System.Runtime.Versioning.TargetFrameworkAttribute>()
            .Single().FrameworkName;

#if NETSTANDARD_LEG
    /// <summary>The framework this test leg expects to load.</summary>
    public const string Expected = ".NETStandard,Version=v2.0";
#else
    /// <summary>The framework this test leg expects to load.</summary>
    public const string Expected = ".NETCoreApp,Version=v8.0";
#endif
}
