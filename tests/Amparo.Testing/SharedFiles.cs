namespace Amparo.Testing;

/// <summary>Finds ../shared (the reference corpus and schemas), read in place.</summary>
public static class SharedFiles
{
    public static string Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("AMPARO_SHARED");
            if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured))
            {
                return configured;
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "corpus")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("The shared/ reference folder was not found beside the repository.");
        }
    }

    public static string Corpus(string file) => Path.Combine(Root, "corpus", file);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Amparo.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Amparo.slnx not found above the test binaries.");
        }
    }
}
