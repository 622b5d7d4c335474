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
    /// MS Project files nest about eight levels; anything far deeper is an attack on the stack (a
    /// tree 50,000 deep overflowed it while being freed).
    static let maxDepth = 64
    /// About six times what a 10,000-task MS Project file holds: the tree of a file of tiny elements
    /// would otherwise take gigabytes.
    static let maxElements = 4_000_000

    static func parse(_ data: Data, maxDepth: Int = maxDepth, maxElements: Int = maxElements) throws(KeelError) -> XMLNode {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let builder = Builder(maxDepth: maxDepth, maxElements: maxElements)
        parser.delegate = builder
        let ok = parser.parse()
        if let limit = builder.limit {
            var detail = ["reason": limit.reason, "line": "\(limit.line)", "element": limit.element]
            detail["max"] = limit.reason == "too_deep" ? "\(maxDepth)" : limit.reason == "too_many_elements" ? "\(maxElements)" : nil
            throw .validation([FieldError("file", limit.reason == "doctype_not_allowed" ? .invalidFormat : .outOfRange, detail)])
        }
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
        let maxDepth: Int
        let maxElements: Int
        var stack: [XMLNode] = []
        var root: XMLNode?
        var elements = 0
        /// Read inside the error callback: afterwards the parser reports where it stopped instead.
        var failure: (line: Int, column: Int, code: Int)?
        /// A limit the document broke; parsing stopped there.
        var limit: (reason: String, line: Int, element: String)?

        init(maxDepth: Int, maxElements: Int) {
            self.maxDepth = maxDepth
            self.maxElements = maxElements
        }

        private func stop(_ p: XMLParser, _ reason: String, _ element: String) {
            if limit == nil { limit = (reason, p.lineNumber, element) }
            p.abortParsing()
        }

        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            guard limit == nil else { return }
            elements += 1
            if stack.count >= maxDepth { return stop(p, "too_deep", name) }
            if elements > maxElements { return stop(p, "too_many_elements", name) }
            let node = XMLNode(name: name, line: p.lineNumber)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard limit == nil, let node = stack.popLast() else { return }
            // Whitespace between child elements is layout, not content.
            if !node.children.isEmpty { node.text = "" }
        }

        func parser(_ p: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ p: XMLParser, foundCDATA data: Data) {
            stack.last?.text += String(decoding: data, as: UTF8.self)
        }

        // A document type declaration in any form is refused (XMLSafety looks for one before parsing;
        // these catch one in an encoding that check could not read).
        func parser(_ p: XMLParser, foundElementDeclarationWithName name: String, model: String) { stop(p, "doctype_not_allowed", name) }
        func parser(_ p: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) { stop(p, "doctype_not_allowed", name) }
        func parser(_ p: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            stop(p, "doctype_not_allowed", name)
        }
        func parser(_ p: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?, notationName: String?)
        {
            stop(p, "doctype_not_allowed", name)
        }
        func parser(_ p: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?) {
            stop(p, "doctype_not_allowed", name)
        }
        func parser(
            _ p: XMLParser,
            foundAttributeDeclarationWithName attributeName: String,
            forElement elementName: String,
            type: String?,
            defaultValue: String?
        ) {
            stop(p, "doctype_not_allowed", elementName)
        }
        func parser(_ p: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            stop(p, "doctype_not_allowed", name)
            return nil
        }

        func parser(_ p: XMLParser, parseErrorOccurred error: any Error) {
            if failure == nil { failure = (p.lineNumber, p.columnNumber, (error as NSError).code) }
        }
    }
}
