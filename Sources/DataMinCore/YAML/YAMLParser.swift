internal import CLibYAML

/// Bounds that keep a hostile YAML file from costing more than a moment.
///
/// A policy is a few hundred lines; these limits are far above any real one and far below
/// what would hurt.
package enum YAMLLimits {
    /// Largest policy file accepted, in bytes.
    package static let maxBytes = 4 << 20
    /// Deepest nesting of lists and mappings accepted.
    package static let maxDepth = 64
    /// Most nodes a document may hold once aliases are expanded ("billion laughs" guard).
    package static let maxNodes = 100_000
}

/// Parses one YAML document into a ``YAMLNode`` tree through the system libyaml.
///
/// Refuses, with a positioned error: bytes that are not UTF-8, more than one document,
/// duplicate mapping keys, non-scalar keys, nesting deeper than ``YAMLLimits/maxDepth`` and
/// alias expansion past ``YAMLLimits/maxNodes``.
package struct YAMLParser {
    private enum Frame {
        case sequence(mark: SourceMark, anchor: String?, items: [YAMLNode])
        case mapping(mark: SourceMark, anchor: String?, pairs: [YAMLPair], pendingKey: (String, SourceMark)?)
    }

    private let file: String
    private let source: SourceText
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var nodeCount = 0
    private var documents = 0

    /// Parses `text` (the bytes of `file`) into its single document's root node.
    ///
    /// - Returns: the root, or nil for an empty document.
    package static func parse(_ source: SourceText, file: String) throws(PolicyError) -> YAMLNode? {
        var parser = YAMLParser(file: file, source: source)
        return try parser.run()
    }

    private init(file: String, source: SourceText) {
        self.file = file
        self.source = source
    }

    private func error(_ message: String, at mark: SourceMark) -> PolicyError {
        PolicyError(diagnostics: [source.diagnostic(file: file, at: mark, message)])
    }

    private mutating func run() throws(PolicyError) -> YAMLNode? {
        if source.bytes.count > YAMLLimits.maxBytes {
            throw PolicyError(diagnostics: [Diagnostic(
                file: file, message: "file is larger than \(YAMLLimits.maxBytes) bytes; a policy is expected to be small")])
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: source.bytes) {
            throw error("file is not valid UTF-8 (byte \(offset + 1)); save it as UTF-8", at: source.mark(ofByte: offset))
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw PolicyError(diagnostics: [Diagnostic(file: file, message: "cannot start the YAML parser (out of memory)")])
        }
        defer { yaml_parser_delete(&parser) }
        return try source.bytes.withUnsafeBufferPointer { (buffer) throws(PolicyError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                    let context = parser.context.map { String(cString: $0) + ": " } ?? ""
                    let mark = SourceMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
                    throw error("\(context)\(problem)", at: mark)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return root }
                try handle(event)
            }
        }
    }

    private mutating func handle(_ event: yaml_event_t) throws(PolicyError) {
        let mark = SourceMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw error("more than one YAML document; a policy is one document (remove the '---' separator)", at: mark)
            }
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
            try append(YAMLNode(content: .scalar(text), mark: mark, size: 1), anchor: Self.string(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT:
            try push(.sequence(mark: mark, anchor: Self.string(event.data.sequence_start.anchor), items: []), at: mark)
        case YAML_MAPPING_START_EVENT:
            try push(.mapping(mark: mark, anchor: Self.string(event.data.mapping_start.anchor), pairs: [], pendingKey: nil), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            switch stack.removeLast() {
            case .sequence(let start, let anchor, let items):
                let size = 1 + items.reduce(0) { $0 + $1.size }
                try append(YAMLNode(content: .sequence(items), mark: start, size: size), anchor: anchor)
            case .mapping(let start, let anchor, let pairs, _):
                let size = 1 + pairs.reduce(0) { $0 + $1.value.size + 1 }
                try append(YAMLNode(content: .mapping(pairs), mark: start, size: size), anchor: anchor)
            }
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else { throw error("alias '*\(name)' names no anchor", at: mark) }
            try append(node, anchor: nil, countedAt: mark)
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, at mark: SourceMark) throws(PolicyError) {
        guard stack.count < YAMLLimits.maxDepth else {
            throw error("nesting deeper than \(YAMLLimits.maxDepth) levels; a policy never needs this", at: mark)
        }
        stack.append(frame)
    }

    private mutating func append(_ node: YAMLNode, anchor: String?, countedAt aliasMark: SourceMark? = nil) throws(PolicyError) {
        // Containers count their own node on creation; an alias re-counts the whole subtree it repeats.
        nodeCount += aliasMark == nil ? 1 : node.size
        if nodeCount > YAMLLimits.maxNodes {
            throw error("document expands to more than \(YAMLLimits.maxNodes) nodes through aliases; refusing it", at: aliasMark ?? node.mark)
        }
        if let anchor { anchors[anchor] = node }
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let mark, let anchor, var items):
            items.append(node)
            stack.append(.sequence(mark: mark, anchor: anchor, items: items))
        case .mapping(let mark, let anchor, var pairs, let pendingKey):
            if let (key, keyMark) = pendingKey {
                pairs.append(YAMLPair(key: key, keyMark: keyMark, value: node))
                stack.append(.mapping(mark: mark, anchor: anchor, pairs: pairs, pendingKey: nil))
                return
            }
            guard let key = node.scalar else {
                throw error("a mapping key must be a plain word, not \(node.kindName)", at: node.mark)
            }
            if let first = pairs.first(where: { $0.key == key }) {
                throw error("duplicate key '\(key)' (first defined on line \(first.keyMark.line)); remove one of them", at: node.mark)
            }
            stack.append(.mapping(mark: mark, anchor: anchor, pairs: pairs, pendingKey: (key, node.mark)))
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }
}
