import DataMinCore
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The project config `.datamin.yml`: which policy to use and which inputs to validate with
/// which purpose.
///
///     policy: policies/crm.yaml
///     inputs:
///       - files: "imports/leads/*.csv"
///         purpose: sales
package struct ProjectConfig: Sendable {
    package static let fileName = ".datamin.yml"

    /// One configured input pattern and how its files are read (SPEC §11.2).
    package struct Input: Sendable {
        /// A glob relative to the config's folder; `*` and `?` match across `/` too.
        package var pattern: String
        /// The entry's own policy, relative to the config's folder; over the top-level one.
        package var policy: String?
        package var purpose: String?
        package var format: InputFormat?
        /// The CSV delimiter byte.
        package var delimiter: UInt8?
        package var encoding: InputEncoding?
        /// The field that names a record in reports, over the policy's `key:`.
        package var key: String?
        /// Where the entry starts, for problems found later (a purpose its policy lacks).
        package var mark: SourceMark
        /// Where its `purpose:` is.
        package var purposeMark: SourceMark?
        /// Where its `key:` is.
        package var keyMark: SourceMark?
    }

    /// The keys an `inputs:` entry takes.
    package static let inputKeys = ["files", "policy", "purpose", "format", "delimiter", "encoding", "key"]

    /// The config file's path.
    package var path: String
    /// The path diagnostics name.
    package var shownPath: String
    /// The folder the config is in; relative paths in it start here.
    package var directory: String
    /// The folder paths in the config may not leave: the repository root, or ``directory``
    /// outside a repository.
    package var root: String
    /// The repository root, when the config is in one.
    private var repository: String?
    /// The policy path, relative to ``directory``.
    package var policy: String?
    package var inputs: [Input]
    private var source: SourceText

    /// The nearest `.datamin.yml` in `directory` or a folder above it, up to the repository
    /// root (the nearest folder with `.git`). Outside a repository only `directory` itself
    /// is looked in: a config in some parent folder is not this project's to trust.
    package static func find(from directory: String) -> String? {
        let start = URL(fileURLWithPath: directory).standardizedFileURL
        let root = repositoryRoot(of: start.path) ?? start.path
        var url = start
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if url.path == root || parent.path == url.path { return nil }
            url = parent
        }
    }

    /// One sentence for `--help`: which config a run from `directory` would use.
    package static func describeLookup(from directory: String) -> String {
        guard let path = find(from: directory) else { return "From here: no .datamin.yml is found." }
        return "From here: \(relativePath(of: path, to: directory))."
    }

    /// The nearest folder at or above `directory` that holds `.git`, or nil.
    package static func repositoryRoot(of directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(".git").path) { return url.path }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Loads the config at `path`.
    ///
    /// Paths in it may not leave its root: the repository it is in, or its own folder
    /// outside a repository.
    ///
    /// - Throws: ``PolicyError`` with positioned diagnostics.
    /// - Parameter shownAs: the path diagnostics name (relative to where the user is);
    ///   `path` by default.
    package init(path: String, shownAs: String? = nil) throws(PolicyError) {
        let bytes: [UInt8]
        do {
            bytes = try SmallFile.read(path, what: "project config")
        } catch {
            throw PolicyError(diagnostics: [error])
        }
        self.path = path
        shownPath = shownAs ?? path
        directory = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        repository = ProjectConfig.repositoryRoot(of: directory)
        root = repository ?? directory
        source = SourceText(bytes: bytes, echoesLines: SourceText.looksLikeYAML(bytes))
        inputs = []
        // The policy decoder's building blocks: unknown keys with a did-you-mean, typed reads.
        let shown = shownAs ?? path
        var yaml = YAMLDecoder(file: shown, code: .configInvalid)
        guard let root = try YAMLParser.parse(source, file: shown) else { return }
        guard case .mapping = root.content,
            let top = yaml.mapping(root, in: ProjectConfig.fileName, keys: ["policy", "inputs"], required: [])
        else {
            throw PolicyError(diagnostics: [
                source.diagnostic(.configInvalid, file: shown, at: root.mark, "the config must be a mapping with 'policy:' and 'inputs:'")
            ])
        }
        if let node = top["policy"]?.value, let text = yaml.string(node, "'policy'") {
            if let problem = escapeProblem(text, isGlob: false) { yaml.error("'policy' \(problem)", at: node.mark) } else { policy = text }
        }
        if let node = top["inputs"]?.value {
            guard case .sequence(let items) = node.content else {
                yaml.error("'inputs' must be a list of '- files: <glob>' entries", at: node.mark)
                throw PolicyError(diagnostics: source.withExcerpts(yaml.diagnosticsInFileOrder))
            }
            for item in items {
                guard let fields = yaml.mapping(item, in: "an input", keys: ProjectConfig.inputKeys, required: ["files"]) else {
                    continue
                }
                var input = Input(pattern: "", mark: item.mark)
                if let node = fields["files"]?.value, let pattern = yaml.string(node, "'files'") {
                    if pattern.isEmpty {
                        yaml.error("'files' is empty; give a glob such as \"imports/*.csv\"", at: node.mark)
                    } else if let problem = escapeProblem(pattern, isGlob: true) {
                        yaml.error("'files' \(problem)", at: node.mark)
                    } else {
                        input.pattern = pattern
                    }
                }
                if let node = fields["policy"]?.value, let text = yaml.string(node, "'policy' of an input") {
                    if let problem = escapeProblem(text, isGlob: false) {
                        yaml.error("'policy' of an input \(problem)", at: node.mark)
                    } else {
                        input.policy = text
                    }
                }
                if let node = fields["purpose"]?.value {
                    input.purpose = yaml.string(node, "'purpose'")
                    input.purposeMark = node.mark
                }
                if let node = fields["format"]?.value, let text = yaml.string(node, "'format'") {
                    input.format = InputFormat(word: text)
                    if input.format == nil {
                        yaml.unknown("format", text, of: "an input", among: InputFormat.allCases.map(\.rawValue), at: node.mark)
                    }
                }
                if let node = fields["delimiter"]?.value, let text = yaml.string(node, "'delimiter'") {
                    input.delimiter = InputFormat.delimiterByte(text)
                    if input.delimiter == nil { yaml.error("'delimiter' must be ',', ';' or 'tab'", at: node.mark) }
                }
                if let node = fields["encoding"]?.value, let text = yaml.string(node, "'encoding'") {
                    input.encoding = InputEncoding(rawValue: text.lowercased())
                    if input.encoding == nil {
                        yaml.unknown("encoding", text, of: "an input", among: InputEncoding.allCases.map(\.rawValue), at: node.mark)
                    }
                }
                if let node = fields["key"]?.value {
                    input.key = yaml.string(node, "'key'")
                    input.keyMark = node.mark
                }
                if !input.pattern.isEmpty { inputs.append(input) }
            }
        }
        if !yaml.diagnostics.isEmpty { throw PolicyError(diagnostics: source.withExcerpts(yaml.diagnosticsInFileOrder)) }
    }

    /// Why `path` (relative to the config's folder) would reach outside ``root``, or nil.
    private func escapeProblem(_ path: String, isGlob: Bool) -> String? {
        let what = isGlob ? "glob" : "path"
        if path.hasPrefix("/") || path.hasPrefix("~") {
            return "must be a \(what) relative to \(ProjectConfig.fileName)'s folder, not an absolute one"
        }
        let resolved = URL(fileURLWithPath: directory).appendingPathComponent(path)
        var inside = resolved.standardizedFileURL.path
        // A symbolic link may point elsewhere: judge where the file really is.
        if !isGlob, let real = realpath(inside, nil) {
            inside = String(cString: real)
            free(real)
        }
        let realRoot =
            realpath(root, nil).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? root
        let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
        if path.split(separator: "/").contains("..") || !(inside + "/").hasPrefix(prefix) {
            return "must stay inside \(rootDescription) (\(realRoot)); this \(what) leaves it"
        }
        return nil
    }

    private var rootDescription: String {
        repository == nil ? "the config's folder" : "the repository"
    }

    /// A diagnostic pointing at an input entry, for problems found later (an unknown purpose).
    /// The path of the config's `policy:` as seen from `directory`; nil when it names none.
    package func policyPath(relativeTo directory: String) -> String? {
        policy.map { ProjectConfig.relativePath(of: URL(fileURLWithPath: self.directory).appendingPathComponent($0).path, to: directory) }
    }

    package func diagnostic(_ message: String, at mark: SourceMark) -> Diagnostic {
        source.diagnostic(.configInvalid, file: shownPath, at: mark, message)
    }

    /// The index in ``inputs`` of the first entry whose glob matches `file` (a path relative
    /// to the current folder or absolute).
    package func entry(matching file: String) -> Int? {
        let relative = ProjectConfig.relativePath(of: file, to: directory)
        return inputs.firstIndex { ProjectConfig.glob($0.pattern, matches: relative) }
    }

    /// Every file under the config's folder an entry's glob matches, with the index of the
    /// first such entry, sorted by path. Hidden folders and `node_modules` are not searched.
    package func expandInputs() -> [(path: String, entry: Int)] {
        var matches: [(String, Int)] = []
        var folders = [directory]
        while let folder = folders.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    if !name.hasPrefix("."), name != "node_modules" { folders.append(path) }
                    continue
                }
                let relative = ProjectConfig.relativePath(of: path, to: directory)
                if let entry = inputs.firstIndex(where: { ProjectConfig.glob($0.pattern, matches: relative) }) {
                    matches.append((path, entry))
                }
            }
        }
        return matches.sorted { $0.0 < $1.0 }
    }

    /// Whether `path` (relative to the config's folder) matches `pattern`; `*` and `**` both
    /// match any run of characters, `/` included (fnmatch without `FNM_PATHNAME`).
    /// A leading `./` names the config's folder, as paths are compared without one.
    package static func glob(_ pattern: String, matches path: String) -> Bool {
        var relative = Substring(pattern)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        let flattened = String(relative).replacingEvery("**/", with: "*").replacingEvery("**", with: "*")
        return fnmatch(flattened, path, 0) == 0
    }

    /// The policies the config names, at the top and on its inputs, each once, as absolute
    /// paths in the order they are first named.
    package var policyPaths: [String] {
        let named = ([policy] + inputs.map(\.policy)).compactMap { $0 }.map {
            URL(fileURLWithPath: directory).appendingPathComponent($0).path
        }
        return named.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// `path` relative to `directory` when it lies under it, else `path` as given.
    package static func relativePath(of path: String, to directory: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}
