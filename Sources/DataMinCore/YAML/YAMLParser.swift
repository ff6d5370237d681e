internal import CLibYAML

/// Parses one YAML document into a ``YAMLNode`` tree through the system libyaml.
///
/// Refuses, with a positioned error: bytes that are not UTF-8, more than one document,
/// duplicate mapping keys, non-scalar keys, and anything past ``Limits`` (depth, items per
/// collection, nodes with aliases expanded). Work is linear in the file's size.
package struct YAMLParser {
    /// A list or mapping still open. A class, so appending to it never copies its items.
    private final class Frame {
        let mark: SourceMark
        let anchor: String?
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var keys: [String: SourceMark] = [:]
        var pendingKey: (text: String, mark: SourceMark, isMerge: Bool)?
        /// Nodes in this subtree so far, itself included.
        var size = 1

        init(mark: SourceMark, anchor: String?, isMapping: Bool) {
            self.mark = mark
            self.anchor = anchor
            self.isMapping = isMapping
        }

        var count: Int { isMapping ? pairs.count : items.count }
    }

    private let file: String
    private let source: SourceText
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var root: YAMLNode?
    private var nodeCount = 0
    private var aliasesUsed = false
    private var documents = 0
    /// Keys repeated in a mapping, each an error: reported together at the end, so a policy
    /// with several is fixed in one pass (the first repeat of a key stays unused).
    private var duplicates: [Diagnostic] = []

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
        PolicyError(diagnostics: [source.diagnostic(.yamlSyntax, file: file, at: mark, message)])
    }

    private mutating func run() throws(PolicyError) -> YAMLNode? {
        if source.bytes.count > Limits.maxPolicyBytes {
            throw PolicyError(diagnostics: [
                Diagnostic(
                    .fileTooLarge,
                    file: file, message: "file is larger than \(Limits.maxPolicyBytes >> 20) MiB; a policy is expected to be small")
            ])
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: source.bytes) {
            throw error(
                "file is not valid UTF-8 (byte \(source.markBytes + offset + 1)); save it as UTF-8", at: source.mark(ofByte: offset))
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw PolicyError(diagnostics: [Diagnostic(.yamlSyntax, file: file, message: "cannot start the YAML parser (out of memory)")])
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
                    let contextMark = SourceMark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
                    let advice = YAMLSyntaxAdvice.advice(
                        problem: problem, context: parser.context.map { String(cString: $0) }, mark: mark, contextMark: contextMark,
                        in: source)
                    throw withDuplicates(error("\(context)\(problem)" + (advice.map { "; \($0)" } ?? ""), at: mark))
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT {
                    if !duplicates.isEmpty { throw PolicyError(diagnostics: duplicates) }
                    return root
                }
                do throws(PolicyError) { try handle(event) } catch { throw withDuplicates(error) }
            }
        }
    }

    /// `error` after the duplicate keys found before it, in file order.
    private func withDuplicates(_ error: PolicyError) -> PolicyError {
        PolicyError(diagnostics: duplicates + error.diagnostics)
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
            let node = YAMLNode(content: .scalar(text), mark: mark, size: 1, isQuoted: scalar.style != YAML_PLAIN_SCALAR_STYLE)
            try append(node, anchor: Self.string(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT:
            try push(Frame(mark: mark, anchor: Self.string(event.data.sequence_start.anchor), isMapping: false))
        case YAML_MAPPING_START_EVENT:
            try push(Frame(mark: mark, anchor: Self.string(event.data.mapping_start.anchor), isMapping: true))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            let content: YAMLNode.Content = frame.isMapping ? .mapping(try merged(frame.pairs, at: frame.mark)) : .sequence(frame.items)
            try append(YAMLNode(content: content, mark: frame.mark, size: frame.size), anchor: frame.anchor, counted: true)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else { throw error("alias '*\(name)' names no anchor", at: mark) }
            aliasesUsed = true
            nodeCount += node.size
            try checkNodeCount(at: mark)
            try append(node, anchor: nil, counted: true)
        default:
            break
        }
    }

    /// `pairs` with each merge key (`<<: *defaults`, YAML's merge type) replaced by the pairs
    /// of the mapping it names, or of each mapping of the list it names, that no pair before
    /// them sets and `pairs` does not set itself: purposes can share their settings.
    private func merged(_ pairs: [YAMLPair], at mark: SourceMark) throws(PolicyError) -> [YAMLPair] {
        guard pairs.contains(where: \.isMergeKey) else { return pairs }
        var taken = Set(pairs.lazy.filter { !$0.isMergeKey }.map(\.key))
        var result: [YAMLPair] = []
        for pair in pairs {
            guard pair.isMergeKey else {
                result.append(pair)
                continue
            }
            let sources: [YAMLNode]
            if case .sequence(let items) = pair.value.content { sources = items } else { sources = [pair.value] }
            for source in sources {
                guard case .mapping(let inherited) = source.content else {
                    throw error(
                        "the merge key '<<' takes a mapping or a list of mappings, such as *defaults or [*a, *b], not \(source.kindName)",
                        at: source.mark)
                }
                for inheritedPair in inherited where taken.insert(inheritedPair.key).inserted {
                    result.append(inheritedPair)
                }
            }
        }
        if result.count > Limits.maxYAMLCollectionItems {
            throw error(
                "mapping starting on line \(mark.line) has more than \(Limits.maxYAMLCollectionItems) items with its merge keys; a policy is expected to be small",
                at: mark)
        }
        return result
    }

    private mutating func push(_ frame: Frame) throws(PolicyError) {
        guard stack.count < Limits.maxYAMLDepth else {
            throw error("nesting deeper than \(Limits.maxYAMLDepth) levels; a policy never needs this", at: frame.mark)
        }
        nodeCount += 1
        try checkNodeCount(at: frame.mark)
        stack.append(frame)
    }

    private func checkNodeCount(at mark: SourceMark) throws(PolicyError) {
        guard nodeCount > Limits.maxYAMLNodes else { return }
        throw error(
            aliasesUsed
                ? "document expands to more than \(Limits.maxYAMLNodes) nodes through aliases; refusing it"
                : "document has more than \(Limits.maxYAMLNodes) nodes; a policy is expected to be small", at: mark)
    }

    /// Adds `node` to the open collection, or makes it the root. `counted` is true when the
    /// node was already counted (a collection when it opened, an alias when it was expanded).
    private mutating func append(_ node: YAMLNode, anchor: String?, counted: Bool = false) throws(PolicyError) {
        if !counted {
            nodeCount += 1
            try checkNodeCount(at: node.mark)
        }
        if let anchor { anchors[anchor] = node }
        guard let top = stack.last else {
            root = node
            return
        }
        if top.count >= Limits.maxYAMLCollectionItems, top.pendingKey == nil {
            throw error(
                "\(top.isMapping ? "mapping" : "list") starting on line \(top.mark.line) has more than "
                    + "\(Limits.maxYAMLCollectionItems) items; a policy is expected to be small", at: node.mark)
        }
        top.size += node.size
        guard top.isMapping else {
            top.items.append(node)
            return
        }
        if let key = top.pendingKey {
            top.pairs.append(YAMLPair(key: key.text, keyMark: key.mark, value: node, isMergeKey: key.isMerge))
            top.pendingKey = nil
            return
        }
        guard let key = node.scalar else {
            throw error("a mapping key must be a plain word, not \(node.kindName)", at: node.mark)
        }
        if let first = top.keys[key] {
            duplicates.append(
                source.diagnostic(
                    .yamlSyntax, file: file, at: node.mark,
                    "duplicate key '\(key)' (first defined on line \(first.line)); remove one of them"))
        } else {
            top.keys[key] = node.mark
        }
        top.pendingKey = (key, node.mark, key == "<<" && !node.isQuoted)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }
}
