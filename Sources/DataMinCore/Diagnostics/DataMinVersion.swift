/// The version of datamin, as `datamin --version` and report metadata show it.
package enum DataMinVersion {
    package static let current = "0.1.0"
}
