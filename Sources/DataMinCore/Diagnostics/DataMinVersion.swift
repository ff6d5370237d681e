/// The version of datamin, as `datamin --version` and report metadata show it.
public enum DataMinVersion {
    public static let current = "0.1.0"
}
