/// A position in a YAML source: 1-based line and column (in characters).
package struct SourceMark: Sendable, Equatable {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One node of a parsed YAML document, with the position it starts at.
///
/// Every scalar stays text: datamin reads `off`, `no` and `1` as the words they are and
/// converts them where the policy format expects a number.
package struct YAMLNode: Sendable {
    package enum Content: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    package var content: Content
    package var mark: SourceMark
    /// How many nodes this subtree holds, itself included; bounds alias expansion.
    package var size: Int

    package var scalar: String? {
        if case .scalar(let text) = content { return text }
        return nil
    }

    package var kindName: String {
        switch content {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A key and its value in a YAML mapping; keys are always scalars.
package struct YAMLPair: Sendable {
    package var key: String
    package var keyMark: SourceMark
    package var value: YAMLNode
}
