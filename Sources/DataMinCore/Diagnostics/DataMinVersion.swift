import DataMinBuildInfo

/// The version of datamin, as `datamin --version` and report metadata show it:
/// `MAJOR.MINOR.PATCH` for a release, `MAJOR.MINOR.PATCH+N.gCOMMIT` between releases
/// (SPEC §11.6), from the repository's `VERSION` file.
public enum DataMinVersion {
    public static let current = BuildInfo.version
}
