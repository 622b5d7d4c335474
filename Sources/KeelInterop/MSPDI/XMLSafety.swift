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
        if let line = doctypeLine(data) {
            throw .validation([FieldError("file", .invalidFormat, ["reason": "doctype_not_allowed", "line": "\(line)"])])
        }
    }

    /// The line of a `<!DOCTYPE` (or a stray `<!ENTITY`) in the prolog, before the root element.
    static func doctypeLine(_ data: Data) -> Int? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let b = raw.bindMemory(to: UInt8.self)
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
}
