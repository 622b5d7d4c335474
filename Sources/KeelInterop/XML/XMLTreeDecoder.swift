/// Decodes `Decodable` types from an `XMLNode` tree: a property is the child element of that name,
/// an array is every child element of that name, a number or string is an element's text. Errors
/// are ordinary `DecodingError`s whose coding path names the elements, and whose description
/// carries the line.
struct XMLTreeDecoder {
    func decode<T: Decodable>(_ type: T.Type, from root: XMLNode) throws -> T {
        try T(from: NodeDecoder(nodes: [root], codingPath: []))
    }
}

private struct NodeDecoder: Decoder {
    /// One node for a value or object, every node of the name for an array.
    let nodes: [XMLNode]
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedNodeContainer<Key>(node: try single(), codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedNodeContainer(nodes: nodes, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        ValueNodeContainer(node: try single(), codingPath: codingPath)
    }

    private func single() throws -> XMLNode {
        guard let node = nodes.first else {
            throw DecodingError.valueNotFound(XMLNode.self, DecodingError.Context(codingPath: codingPath, debugDescription: "missing element"))
        }
        return node
    }
}

private struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "\(intValue ?? 0)" }
    init(_ i: Int) { intValue = i }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: XMLNode
    let codingPath: [any CodingKey]

    var allKeys: [Key] { node.children.compactMap { Key(stringValue: $0.name) } }

    func contains(_ key: Key) -> Bool { !node.children(named: key.stringValue).isEmpty }

    /// An empty element reads as absent, as MS Project means it.
    func decodeNil(forKey key: Key) throws -> Bool {
        guard let child = node.children(named: key.stringValue).first else { return true }
        return child.children.isEmpty && child.text.trimmingWhitespace().isEmpty
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let children = node.children(named: key.stringValue)
        let path = codingPath + [key]
        guard !children.isEmpty else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "line \(node.line)"))
        }
        let decoder = NodeDecoder(nodes: children, codingPath: path)
        switch type {
        case is String.Type: return try ValueNodeContainer(node: children[0], codingPath: path).decode(String.self) as! T
        case is Int.Type: return try ValueNodeContainer(node: children[0], codingPath: path).decode(Int.self) as! T
        default: return try T(from: decoder)
        }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(nodes: node.children(named: key.stringValue), codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        UnkeyedNodeContainer(nodes: node.children(named: key.stringValue), codingPath: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder { NodeDecoder(nodes: [node], codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(nodes: node.children(named: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let nodes: [XMLNode]
    let codingPath: [any CodingKey]
    var currentIndex = 0
    var count: Int? { nodes.count }
    var isAtEnd: Bool { currentIndex >= nodes.count }

    init(nodes: [XMLNode], codingPath: [any CodingKey]) {
        self.nodes = nodes
        self.codingPath = codingPath
    }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(codingPath: codingPath, debugDescription: "no more elements"))
        }
        defer { currentIndex += 1 }
        return try T(from: NodeDecoder(nodes: [nodes[currentIndex]], codingPath: codingPath + [IndexKey(currentIndex)]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        defer { currentIndex += 1 }
        return try NodeDecoder(nodes: [nodes[currentIndex]], codingPath: codingPath + [IndexKey(currentIndex)]).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        defer { currentIndex += 1 }
        return UnkeyedNodeContainer(nodes: [nodes[currentIndex]], codingPath: codingPath + [IndexKey(currentIndex)])
    }

    mutating func superDecoder() throws -> any Decoder {
        defer { currentIndex += 1 }
        return NodeDecoder(nodes: [nodes[currentIndex]], codingPath: codingPath + [IndexKey(currentIndex)])
    }
}

private struct ValueNodeContainer: SingleValueDecodingContainer {
    let node: XMLNode
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { node.children.isEmpty && node.text.trimmingWhitespace().isEmpty }

    private func mismatch<T>(_ type: T.Type) -> DecodingError {
        DecodingError.typeMismatch(
            type,
            DecodingError.Context(codingPath: codingPath, debugDescription: "line \(node.line): \"\(node.text.prefix(40))\"")
        )
    }

    func decode(_ type: String.Type) throws -> String { node.text }

    func decode(_ type: Bool.Type) throws -> Bool {
        switch node.text.trimmingWhitespace() {
        case "1", "true": return true
        case "0", "false": return false
        default: throw mismatch(type)
        }
    }

    private func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let v = T(node.text.trimmingWhitespace()) else { throw mismatch(type) }
        return v
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode(_ type: Double.Type) throws -> Double {
        guard let v = Double(node.text.trimmingWhitespace()) else { throw mismatch(type) }
        return v
    }

    func decode(_ type: Float.Type) throws -> Float {
        guard let v = Float(node.text.trimmingWhitespace()) else { throw mismatch(type) }
        return v
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: NodeDecoder(nodes: [node], codingPath: codingPath)) }
}
