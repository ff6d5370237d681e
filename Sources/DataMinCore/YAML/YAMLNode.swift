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
    /// True for a scalar written in quotes or as a block: `""` is the empty text, where a
    /// key with nothing after it is no value.
    package var isQuoted = false

    package var scalar: String? {
        if case .scalar(let text) = content { return text }
        return nil
    }

    /// True for a key with nothing after it (`missing_values:`), which reads as an empty
    /// list or mapping; a quoted `""` is text, not this.
    package var isEmptyPlain: Bool { scalar == "" && !isQuoted }

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
    /// True for a plain `<<`, YAML's merge key; a quoted `"<<"` is an ordinary key.
    package var isMergeKey = false
}
