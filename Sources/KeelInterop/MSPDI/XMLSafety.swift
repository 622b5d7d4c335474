import Foundation
import KeelCore

/// Refuses XML that could make the parser do harmful work before any parsing happens: a document
/// type declaration (the only place entities can be declared, so no entity expansion and no
/// external entities) and oversized input. MSPDI files never need either.
enum XMLSafety {
    static func check(_ data: Data, maxBytes: Int) throws(KeelError) {
        guard data.count <= maxBytes else {
            throw .validation([FieldError("file", .outOfRange, ["max": "\(maxBytes >> 20) MiB", "size": "\(data.count)"])])
        }
        // The prolog is read in the file's own encoding: a DOCTYPE in UTF-16 is still a DOCTYPE.
        let bytes: [UInt8]
        let wide = wideEncoding(data)
        if let wide {
            guard let text = String(data: data, encoding: wide) else {
                throw .validation([FieldError("file", .invalidFormat, ["reason": "unreadable_encoding"])])
            }
            bytes = Array(text.utf8)
        } else {
            bytes = Array(data)
        }
        if let line = doctypeLine(bytes) {
            throw .validation([FieldError("file", .invalidFormat, ["reason": "doctype_not_allowed", "line": "\(line)"])])
        }
        // Only encodings in which that check reads every character: an exotic one (UTF-7, EBCDIC)
        // could spell a DOCTYPE the check cannot see.
        if let declared = declaredEncoding(bytes) {
            let allowed =
                wide == nil
                ? ["utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1"]
                : ["utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be"]
            guard allowed.contains(declared.lowercased()) else {
                throw .validation([FieldError("file", .invalidFormat, ["reason": "unsupported_encoding", "encoding": String(declared.prefix(40))])])
            }
        }
    }

    /// UTF-16 or UTF-32, told by a byte order mark or by how `<` of the first tag is spelled.
    static func wideEncoding(_ data: Data) -> String.Encoding? {
        let b = Array(data.prefix(4))
        guard b.count >= 2 else { return nil }
        if b.count >= 4 {
            if b[0] == 0x00, b[1] == 0x00, b[2] == 0xFE, b[3] == 0xFF { return .utf32BigEndian }
            if b[0] == 0xFF, b[1] == 0xFE, b[2] == 0x00, b[3] == 0x00 { return .utf32LittleEndian }
            if b[0] == 0x00, b[1] == 0x00, b[2] == 0x00, b[3] == 0x3C { return .utf32BigEndian }
            if b[0] == 0x3C, b[1] == 0x00, b[2] == 0x00, b[3] == 0x00 { return .utf32LittleEndian }
        }
        if b[0] == 0xFE, b[1] == 0xFF { return .utf16BigEndian }
        if b[0] == 0xFF, b[1] == 0xFE { return .utf16LittleEndian }
        if b[0] == 0x00, b[1] == 0x3C { return .utf16BigEndian }
        if b[0] == 0x3C, b[1] == 0x00 { return .utf16LittleEndian }
        return nil
    }

    /// The `encoding` of the XML declaration, if the document starts with one.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        var i = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        guard bytes.count >= i + 5, Array(bytes[i..<(i + 5)]) == Array("<?xml".utf8) else { return nil }
        guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let decl = String(decoding: bytes[i..<end], as: UTF8.self)
        guard let key = decl.range(of: "encoding") else { return nil }
        let rest = decl[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// The line of a `<!DOCTYPE` (or a stray `<!ENTITY`) in the prolog, before the root element.
    static func doctypeLine(_ b: [UInt8]) -> Int? {
        var i = 0, line = 1
        if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { i = 3 }
        func starts(_ s: String, at j: Int) -> Bool {
            let u = Array(s.utf8)
            guard j + u.count <= b.count else { return false }
            for k in 0..<u.count where b[j + k] != u[k] { return false }
            return true
        }
        func skip(past end: String) {
            while i < b.count && !starts(end, at: i) {
                if b[i] == 0x0A { line += 1 }
                i += 1
            }
            i += end.utf8.count
        }
        while i < b.count {
            let c = b[i]
            if c == 0x0A {
                line += 1
                i += 1
            } else if c == 0x20 || c == 0x09 || c == 0x0D {
                i += 1
            } else if starts("<?", at: i) {
                skip(past: "?>")
            } else if starts("<!--", at: i) {
                skip(past: "-->")
            } else if starts("<!", at: i) {
                // <!DOCTYPE, <!ENTITY or anything else declarative: not in an MSPDI file.
                return line
            } else {
                return nil  // the root element: the prolog is over
            }
        }
        return nil
    }
}
