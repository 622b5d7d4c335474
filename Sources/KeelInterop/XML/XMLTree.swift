import Foundation
import KeelCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML element: its name, its text (for leaves), its children and the line it starts on.
final class XMLNode {
    let name: String
    let line: Int
    var text = ""
    var children: [XMLNode] = []
    /// Children grouped by name, built on first use.
    private var byName: [String: [XMLNode]]?

    init(name: String, line: Int) {
        self.name = name
        self.line = line
    }

    func children(named key: String) -> [XMLNode] {
        if byName == nil { byName = Dictionary(grouping: children, by: \.name) }
        return byName![key] ?? []
    }
}

/// Builds an `XMLNode` tree with Foundation's streaming parser, fed from a stream. Handed a whole
/// document at once (as XMLCoder does), Foundation's parser on Linux fails on files above about
/// 10 MB with libxml2's internal error 1 — measured on a 20 MB MS Project export that the stream
/// form reads in 0.17 s.
enum XMLTree {
    static func parse(_ data: Data) throws(KeelError) -> XMLNode {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = Builder()
        parser.delegate = builder
        let ok = parser.parse()
        guard ok, builder.failure == nil, let root = builder.root else {
            var detail = ["reason": "not_well_formed_xml"]
            if let f = builder.failure {
                detail["line"] = "\(f.line)"
                detail["column"] = "\(f.column)"
                detail["xml_error"] = "\(f.code)"
            }
            throw .validation([FieldError("file", .invalidFormat, detail)])
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLNode] = []
        var root: XMLNode?
        /// Read inside the error callback: afterwards the parser reports where it stopped instead.
        var failure: (line: Int, column: Int, code: Int)?

        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = XMLNode(name: name, line: p.lineNumber)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let node = stack.removeLast()
            // Whitespace between child elements is layout, not content.
            if !node.children.isEmpty { node.text = "" }
        }

        func parser(_ p: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ p: XMLParser, foundCDATA data: Data) {
            stack.last?.text += String(decoding: data, as: UTF8.self)
        }

        func parser(_ p: XMLParser, parseErrorOccurred error: any Error) {
            if failure == nil { failure = (p.lineNumber, p.columnNumber, (error as NSError).code) }
        }
    }
}
