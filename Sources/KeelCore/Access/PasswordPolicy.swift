/// Password rules after OWASP ASVS 2.1: at least 8 characters, at least 64 allowed (we allow 128),
/// any characters including spaces and emoji, no composition rules, common passwords refused.
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let maximumLength = 128

    public static func check(_ password: String, field: String = "password", into errors: inout FieldErrors) {
        let length = password.count
        if length < minimumLength {
            errors.add(field, .tooShort, ["min": String(minimumLength)])
        } else if length > maximumLength {
            errors.add(field, .tooLong, ["max": String(maximumLength)])
        } else if isCommon(password) {
            errors.add(field, .commonPassword)
        }
    }

    /// True for passwords on lists of the most used ones, or made of one repeated character or a
    /// plain keyboard or digit run.
    public static func isCommon(_ password: String) -> Bool {
        let p = password.lowercased()
        if common.contains(p) { return true }
        if Set(p).count <= 2 { return true }
        let runs = ["0123456789012", "1234567890123", "9876543210987", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"]
        return runs.contains { $0.contains(p) }
    }

    static let common: Set<String> = [
        "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "12345678", "123456789", "1234567890",
        "87654321", "11111111", "00000000", "88888888", "66666666", "12341234", "11223344", "123123123", "1q2w3e4r", "1q2w3e4r5t",
        "1qaz2wsx", "qwertyui", "qwerty123", "qwerty12", "asdfghjk", "asdf1234", "zxcvbnm1", "iloveyou", "iloveyou1", "sunshine",
        "princess", "football", "baseball", "welcome1", "welcome123", "admin123", "administrator", "letmein1", "trustno1", "superman",
        "starwars", "whatever", "computer", "internet", "michelle", "jennifer", "corvette", "mercedes", "dragon12", "monkey12",
        "abc12345", "abcd1234", "aa123456", "a1234567", "a12345678", "q1w2e3r4", "zaq12wsx", "changeme", "changeme1", "default1",
        "secret12", "master12", "shadow12", "killer12", "hello123", "charlie1", "michael1", "freedom1", "woaini1314", "woaini520",
        "5201314a", "aini1314", "1314520a", "qq123456", "qq5201314", "a5201314", "147258369", "123654789", "159357456", "741852963",
        "987654321", "123qweasd", "qweasdzxc", "1qazxsw2", "zxcvbnm123", "keel1234", "keelkeel", "project1", "project123",
    ]
}
