import Foundation

/// The project config `.datamin.yml`: which policy to use and which inputs to validate with
/// which purpose.
///
///     policy: policies/crm.yaml
///     inputs:
///       - files: "imports/leads/*.csv"
///         purpose: sales
package struct ProjectConfig: Sendable {
    package static let fileName = ".datamin.yml"

    /// One configured input pattern.
    package struct Input: Sendable {
        /// A glob relative to the config's folder; `*` and `?` match across `/` too.
        package var pattern: String
        package var purpose: String?
        package var mark: SourceMark
    }

    /// The config file's path.
    package var path: String
    /// The folder the config is in; relative paths in it start here.
    package var directory: String
    /// The policy path, relative to ``directory``.
    package var policy: String?
    package var inputs: [Input]
    private var source: SourceText

    /// The nearest `.datamin.yml` in `directory` or a folder above it.
    package static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Loads the config at `path`.
    ///
    /// - Throws: ``PolicyError`` with positioned diagnostics.
    package init(path: String) throws(PolicyError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PolicyError(diagnostics: [Diagnostic(file: path, message: "cannot read project config")])
        }
        self.path = path
        directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        source = SourceText(bytes: Array(data))
        inputs = []
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ mark: SourceMark) { diagnostics.append(source.diagnostic(file: path, at: mark, message)) }

        guard let root = try YAMLParser.parse(source, file: path) else { return }
        guard case .mapping(let pairs) = root.content else {
            throw PolicyError(diagnostics: [source.diagnostic(file: path, at: root.mark, "the config must be a mapping with 'policy:' and 'inputs:'")])
        }
        for pair in pairs {
            switch pair.key {
            case "policy":
                if let text = pair.value.scalar { policy = text } else { error("'policy' must be a path", pair.value.mark) }
            case "inputs":
                guard case .sequence(let items) = pair.value.content else {
                    error("'inputs' must be a list of '- files: <glob>' entries", pair.value.mark)
                    continue
                }
                for item in items {
                    guard case .mapping(let fields) = item.content else {
                        error("each input must be a mapping with 'files:' and optionally 'purpose:'", item.mark)
                        continue
                    }
                    var input = Input(pattern: "", purpose: nil, mark: item.mark)
                    for field in fields {
                        switch field.key {
                        case "files": input.pattern = field.value.scalar ?? ""
                        case "purpose": input.purpose = field.value.scalar
                        default:
                            let guess = Suggestion.closest(to: field.key, among: ["files", "purpose"]).map { "; did you mean '\($0)'?" } ?? ""
                            error("unknown key '\(field.key)' in an input\(guess)", field.keyMark)
                        }
                    }
                    if input.pattern.isEmpty { error("input has no 'files:' glob", item.mark) } else { inputs.append(input) }
                }
            default:
                let guess = Suggestion.closest(to: pair.key, among: ["policy", "inputs"]).map { "; did you mean '\($0)'?" } ?? ""
                error("unknown key '\(pair.key)' in \(ProjectConfig.fileName)\(guess)", pair.keyMark)
            }
        }
        if !diagnostics.isEmpty { throw PolicyError(diagnostics: diagnostics) }
    }

    /// A diagnostic pointing at an input entry, for problems found later (an unknown purpose).
    package func diagnostic(_ message: String, at input: Input) -> Diagnostic {
        source.diagnostic(file: path, at: input.mark, message)
    }

    /// The first input whose glob matches `file` (a path relative to the current folder or
    /// absolute).
    package func input(matching file: String) -> Input? {
        let relative = ProjectConfig.relativePath(of: file, to: directory)
        return inputs.first { ProjectConfig.glob($0.pattern, matches: relative) }
    }

    /// Every file under ``directory`` matched by an input, with its input, sorted by path.
    /// Hidden folders and build folders are not searched.
    package func expandInputs() -> [(path: String, input: Input)] {
        var matches: [(String, Input)] = []
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        for case let url as URL in walker {
            let name = url.lastPathComponent
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                if name.hasPrefix(".") || name == "node_modules" { walker.skipDescendants() }
                continue
            }
            let relative = ProjectConfig.relativePath(of: url.path, to: directory)
            if let input = inputs.first(where: { ProjectConfig.glob($0.pattern, matches: relative) }) {
                matches.append((url.path, input))
            }
        }
        return matches.sorted { $0.0 < $1.0 }
    }

    static func glob(_ pattern: String, matches path: String) -> Bool {
        let flattened = pattern.replacingOccurrences(of: "**/", with: "*").replacingOccurrences(of: "**", with: "*")
        return fnmatch(flattened, path, 0) == 0
    }

    /// `path` relative to `directory` when it lies under it, else `path` as given.
    package static func relativePath(of path: String, to directory: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}
