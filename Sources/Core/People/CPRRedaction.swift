// Free text on its way into a log: anything shaped like a CPR number is masked, whoever typed it.

extension CPRNumber {
    /// `text` with every run of ten digits (`0101901235`) or six, a hyphen or space, and four
    /// (`010190-1235`) masked as `010190-xxxx`: for free text (a task's title, a message's subject)
    /// on its way into the audit log or a rule's effect record, where a CPR number must never be.
    /// Digits inside longer numbers or words are left alone (they are not CPR numbers).
    public static func redacted(_ text: String) -> String {
        // Most text has no run of six digits: find that out on the bytes, without building characters.
        var run = 0
        var longest = 0
        for byte in text.utf8 {
            run = (48...57).contains(byte) ? run + 1 : 0
            longest = max(longest, run)
            if longest >= 6 { break }
        }
        guard longest >= 6 else { return text }
        let characters = Array(text)
        var output = ""
        var index = 0
        // A CPR number stands on its own: not inside a longer number or a word (a hash, an id).
        func isWordCharacter(_ at: Int) -> Bool {
            at >= 0 && at < characters.count && (characters[at].isLetter || characters[at].isNumber)
        }
        while index < characters.count {
            if !isWordCharacter(index - 1), let length = cprLength(characters, at: index),
                !isWordCharacter(index + length)
            {
                output += String(characters[index..<index + 6]) + "-xxxx"
                index += length
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return output
    }

    /// 10 (`DDMMYYXXXX`) or 11 (`DDMMYY-XXXX`, `DDMMYY XXXX`) when a CPR-shaped run starts at `start`.
    private static func cprLength(_ characters: [Character], at start: Int) -> Int? {
        func digits(_ from: Int, _ count: Int) -> Bool {
            from + count <= characters.count && characters[from..<from + count].allSatisfy(\.isASCIIDigit)
        }
        guard digits(start, 6) else { return nil }
        if digits(start + 6, 4) { return 10 }
        if start + 6 < characters.count, characters[start + 6] == "-" || characters[start + 6] == " ",
            digits(start + 7, 4)
        {
            return 11
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
