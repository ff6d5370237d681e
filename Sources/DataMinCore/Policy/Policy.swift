import FoundationEssentials

/// A loaded, validated data-minimisation policy (SPEC §2).
///
/// A `Policy` value is always complete and consistent: loading refuses any policy with an
/// error and reports every problem found in it at once.
public struct Policy: Sendable {
    /// The only policy format version this build reads.
    public static let supportedVersion = 1

    public var version: Int
    public var name: String
    /// The controller's name, if given (`controller:` as a name or `{ name:, contact: }`).
    public var controller: String? { controllerParty?.name }
    /// The controller, its representative and its DPO, for the Art. 30 record.
    public var controllerParty: Party?
    public var representative: Party?
    public var dataProtectionOfficer: Party?
    /// The technical and organisational security measures, Art. 30(1)(g) and 32.
    public var securityMeasures: [String] = []
    /// Non-fatal findings of `lint` (SPEC §9): a legitimate-interests purpose without an
    /// assessment, special-category data (a DPIA is likely required), profiling without an
    /// Art. 22(2) ground.
    public var warnings: [Diagnostic] = []
    /// The field that identifies a data subject, for `duplicate-subject`.
    public var subject: String?
    /// The field that names a record in reports (`key:`, SPEC §11.3); nil uses ``subject``.
    public var key: String?
    public var recordFields: RecordFields
    /// Values that count as absent; `[""]` unless the policy says otherwise.
    public var missingValues: [String]
    /// The CRM's own words for lawful bases, keyed by their lowercased form.
    public var lawfulBasisVocabulary: [String: LawfulBasis]
    /// A sector's own words for special categories (`extra_terms:`), which
    /// `special-category-in-free-text` finds beside its own: a word (`dialysis`) or a stem
    /// (`chemokuur*`), as written in the policy.
    public var extraTerms: [SpecialCategory: [String]] = [:]
    /// Every declared field, in policy order.
    public var fields: [FieldPolicy]
    /// Every purpose, in policy order.
    public var purposes: [Purpose]
    /// Severity overrides from `checks:`.
    public var checkSettings: [CheckID: CheckSetting]
    /// The suppression list of erased subjects (`suppression:`), relative to the current
    /// folder once loaded from a file (the policy names it relative to itself).
    public var suppressionFile: String?
    /// Where `suppression:` is written, for a warning about the list.
    package var suppressionMark: SourceMark?
    /// The SHA-256 of the policy file's bytes as read, in lowercase hex (the report's
    /// provenance); nil for a policy not read from a file.
    public private(set) var sha256: String?
    /// The YAML this policy was loaded from, and its file name, to load it again.
    package private(set) var origin: (source: SourceText, file: String)?

    /// Loads and validates the policy at `url`.
    ///
    /// - Throws: ``PolicyError`` listing every problem, each with file, line and column.
    public init(contentsOf url: URL) throws(PolicyError) {
        let path = url.isFileURL ? url.relativePath : url.path
        let bytes: [UInt8]
        do {
            bytes = try SmallFile.read(url.path, what: "policy")
        } catch {
            throw PolicyError(diagnostics: [Diagnostic(error.code, file: path, message: error.message)])
        }
        // A data file passed by mistake must not have its lines echoed: they are personal data.
        let isYAML = SourceText.looksLikeYAML(bytes) && ["yaml", "yml"].contains(url.pathExtension.lowercased())
        do {
            try self.init(source: SourceText(bytes: bytes, echoesLines: isYAML), file: path)
        } catch  where !isYAML {
            // The decoder's messages quote keys and values, which in a data file are personal
            // data: say only where it went wrong and what the file looks like.
            let first = error.diagnostics[0]
            throw PolicyError(diagnostics: [
                Diagnostic(
                    .policyInvalid, file: first.file, line: first.line, column: first.column,
                    message: "this does not look like a YAML policy (it starts like CSV, JSON or other data); is it the right file?")
            ])
        }
        // From the bytes read once: the file may be a pipe that cannot be read again.
        sha256 = SuppressionList.hex(SHA256.hash(bytes))
        if let file = suppressionFile, !file.hasPrefix("/"), let slash = path.lastIndex(of: "/") {
            // Relative to the policy's folder: `policies/` for `policies/crm.yaml`, `/` for `/crm.yaml`.
            suppressionFile = path[...slash] + file
        }
        // lint says what validate would refuse: a list the policy names that is not there.
        if let list = suppressionFile, let mark = suppressionMark, !FileManager.default.fileExists(atPath: list) {
            var warning = Diagnostic(
                .policyInvalid, file: path, line: mark.line, column: mark.column,
                message:
                    "the suppression list '\(list)' does not exist, so validate refuses to run; create it with 'datamin suppress add --policy \(path)'"
            )
            warning.isWarning = true
            warnings += SourceText(bytes: bytes, echoesLines: isYAML).withExcerpts([warning])
        }
    }

    /// Loads and validates a policy from YAML text; `file` names it in diagnostics.
    public init(yaml: String, file: String = "<policy>") throws(PolicyError) {
        try self.init(source: SourceText(bytes: Array(yaml.utf8)), file: file)
    }

    init(source: SourceText, file: String) throws(PolicyError) {
        self = try PolicyDecoder.decode(source, file: file)
        origin = (source, file)
    }

    init(
        version: Int, name: String, controller: String?, subject: String?, recordFields: RecordFields,
        missingValues: [String], lawfulBasisVocabulary: [String: LawfulBasis], fields: [FieldPolicy],
        purposes: [Purpose], checkSettings: [CheckID: CheckSetting]
    ) {
        self.version = version
        self.name = name
        controllerParty = controller.map { Party(name: $0) }
        self.subject = subject
        self.recordFields = recordFields
        self.missingValues = missingValues
        self.lawfulBasisVocabulary = lawfulBasisVocabulary
        self.fields = fields
        self.purposes = purposes
        self.checkSettings = checkSettings
        origin = nil
    }

    public func field(named name: String) -> FieldPolicy? {
        fields.first { $0.name == name }
    }

    public func purpose(named name: String) -> Purpose? {
        purposes.first { $0.name == name }
    }

    /// Maps a record's lawful-basis word to a basis: the Art. 6 key itself or a vocabulary
    /// entry, both case-insensitively.
    public func lawfulBasis(for word: String) -> LawfulBasis? {
        if let basis = LawfulBasis(rawValue: word) { return basis }
        if let basis = lawfulBasisVocabulary[word] { return basis }
        let key = word.lowercased()
        return LawfulBasis(rawValue: key) ?? lawfulBasisVocabulary[key]
    }
}
