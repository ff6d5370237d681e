import DataMinTestSupport
import Foundation
import Testing

/// The suppression list is where an erasure (Art. 17) is kept: concurrent writers keep every
/// entry, a fault is exit 2 and never a quietly shorter or disabled list, and a list behind a
/// symbolic link stays behind it.
@Suite(.serialized) struct SuppressionListSafetyTests {
    let policy = testPolicy.replacingOccurrences(of: "subject: email\n", with: "subject: email\nsuppression: erased.txt\n")

    /// The list's entries, without its `#` lines.
    func entries(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
    }

    /// A folder with the policy, `erased.txt` listing `gone@example.com`, and `import.csv`
    /// holding that subject's one record.
    func folderWithOneErasedSubject() throws -> URL {
        let folder = try scratchFolder([
            "policy.yaml": policy,
            "import.csv": "id,email,purpose,collected_at\n1,gone@example.com,sales,2026-01-01\n",
        ])
        #expect(try datamin(["suppress", "add", "--policy", "policy.yaml", "gone@example.com"], in: folder).status == 0)
        return folder
    }

    @Test func twentyConcurrentAddsKeepEveryEntry() throws {
        let folder = try scratchFolder(["policy.yaml": policy])
        let created = try datamin(["suppress", "add", "--policy", "policy.yaml", "first@example.com"], in: folder)
        #expect(created.status == 0)
        let processes = try (0..<20).map { index in
            let process = Process()
            process.executableURL = dataminExecutable
            process.arguments = ["suppress", "add", "--policy", "policy.yaml", "erased\(index)@example.com"]
            process.currentDirectoryURL = folder
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(try entries(folder.appendingPathComponent("erased.txt")).count == 21)
        let count = try datamin(["suppress", "count", "--policy", "policy.yaml"], in: folder)
        #expect(count.stdout == "21\n")
    }

    /// An output over the suppression list would replace the erasure evidence, and the
    /// rejects would write an erased subject's address in clear: the run is refused first.
    @Test(arguments: ["--rejects-out", "--strip-out", "--output", "--write-baseline"])
    func anOutputOverTheSuppressionListIsRefused(option: String) throws {
        let folder = try folderWithOneErasedSubject()
        let list = folder.appendingPathComponent("erased.txt")
        let before = try String(contentsOf: list, encoding: .utf8)
        let result = try datamin(["validate", "import.csv", "--policy", "policy.yaml", option, "./erased.txt"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "datamin: error: \(option) './erased.txt' is the suppression list 'erased.txt' this run reads; choose another path\n"
            ))
        #expect(try String(contentsOf: list, encoding: .utf8) == before)
    }

    @Test func anEditedSaltIsAFailureNotAnEmptyList() throws {
        let folder = try folderWithOneErasedSubject()
        let list = folder.appendingPathComponent("erased.txt")
        var text = try String(contentsOf: list, encoding: .utf8)
        let salt = text.index(text.startIndex, offsetBy: "# datamin suppression v1 salt=".count)
        text.replaceSubrange(salt...salt, with: text[salt] == "0" ? "1" : "0")
        try text.write(to: list, atomically: true, encoding: .utf8)
        for arguments in [["validate", "import.csv", "--policy", "policy.yaml"], ["suppress", "count", "--policy", "policy.yaml"]] {
            let result = try datamin(arguments, in: folder)
            #expect(result.status == 2)
            #expect(
                result.stderr.hasPrefix(
                    "erased.txt:1: error: the salt on line 1 does not match its check on line 2: the salt was changed, so no erased subject would be recognised; restore the list from a backup"
                ))
        }
    }

    /// A list written before the salt check is read as before and gets a check on its next
    /// write; the first line stays exactly as SPEC §8.2 writes it.
    @Test func aListWithoutASaltCheckIsReadAndUpgraded() throws {
        let folder = try scratchFolder([
            "policy.yaml": policy, "erased.txt": "# datamin suppression v1 salt=00112233445566778899aabbccddeeff\n",
        ])
        #expect(try datamin(["suppress", "add", "--policy", "policy.yaml", "a@example.com"], in: folder).status == 0)
        #expect(try datamin(["suppress", "add", "--policy", "policy.yaml", "b@example.com"], in: folder).status == 0)
        let lines = try String(contentsOf: folder.appendingPathComponent("erased.txt"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "# datamin suppression v1 salt=00112233445566778899aabbccddeeff")
        #expect(lines[1].hasPrefix("# salt check: ") && lines[1].count == "# salt check: ".count + 16)
        #expect(lines[2].count == 64 && lines[3].count == 64)
    }

    /// The lock is never taken through a symbolic link, which could create a file elsewhere.
    @Test func aLockFileThatIsASymbolicLinkIsRefused() throws {
        let folder = try scratchFolder(["policy.yaml": policy])
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("erased.txt.lock").path, withDestinationPath: "planted")
        let result = try datamin(["suppress", "add", "--policy", "policy.yaml", "a@example.com"], in: folder)
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "erased.txt.lock: error: cannot create the suppression list's lock file: it is a symbolic link; remove it"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("planted").path))
    }

    /// A subject column given twice is refused: which of its keys was erased is anyone's guess.
    @Test func aRepeatedSubjectColumnOrKeyAddsNothing() throws {
        let folder = try scratchFolder([
            "policy.yaml": policy, "twice.csv": "id,email,email\n1,a@example.com,b@example.com\n",
            "twice.jsonl": "{\"id\":\"1\",\"email\":\"a@example.com\",\"email\":\"b@example.com\"}\n",
        ])
        let csv = try datamin(["suppress", "add", "--policy", "policy.yaml", "--from", "twice.csv"], in: folder)
        #expect(csv.status == 2)
        #expect(
            csv.stderr.hasPrefix(
                "twice.csv:1: error: the header names 'email' more than once; nothing was added: keep one such column and run again"))
        let json = try datamin(["suppress", "add", "--policy", "policy.yaml", "--from", "twice.jsonl"], in: folder)
        #expect(json.status == 2)
        #expect(json.stderr.hasPrefix("twice.jsonl:1: error: record 1 cannot be read ("))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("erased.txt").path))
    }

    @Test func aRecordOfTheFromFileThatCannotBeReadAddsNothing() throws {
        let folder = try scratchFolder([
            "policy.yaml": policy,
            "broken.csv": "id,email\n1,a@example.com\n2,\"b@example.com\n",
            "keyless.csv": "id,email\n1,a@example.com\n2,\n3,c@example.com\n",
        ])
        #expect(try datamin(["suppress", "add", "--policy", "policy.yaml", "first@example.com"], in: folder).status == 0)
        let before = try String(contentsOf: folder.appendingPathComponent("erased.txt"), encoding: .utf8)
        let broken = try datamin(["suppress", "add", "--policy", "policy.yaml", "--from", "broken.csv"], in: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("broken.csv:3: error: record 2 cannot be read ("))
        #expect(broken.stderr.contains("nothing was added: fix the record and run again"))
        let keyless = try datamin(["suppress", "add", "--policy", "policy.yaml", "--from", "keyless.csv"], in: folder)
        #expect(keyless.status == 2)
        #expect(
            keyless.stderr.hasPrefix(
                "keyless.csv:3: error: record 2 has no 'email'; nothing was added: give it one or remove the record, and run again"))
        #expect(!(broken.stderr + keyless.stderr).contains("@example.com"))
        #expect(try String(contentsOf: folder.appendingPathComponent("erased.txt"), encoding: .utf8) == before)
    }

    @Test func aSymlinkedListIsWrittenThroughItsTarget() throws {
        let folder = try scratchFolder(["policy.yaml": policy, "shared/.keep": ""])
        let target = folder.appendingPathComponent("shared/erased-subjects.txt")
        #expect(try datamin(["suppress", "add", "--policy", "policy.yaml", "a@example.com"], in: folder).status == 0)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("erased.txt"), to: target)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("erased.txt").path, withDestinationPath: "shared/erased-subjects.txt")
        #expect(try datamin(["suppress", "add", "--policy", "policy.yaml", "b@example.com"], in: folder).status == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("erased.txt").path)
        #expect(link == "shared/erased-subjects.txt")
        #expect(try entries(target).count == 2)

        try FileManager.default.removeItem(at: target)
        let dangling = try datamin(["suppress", "add", "--policy", "policy.yaml", "c@example.com"], in: folder)
        #expect(dangling.status == 2)
        #expect(
            dangling.stderr.hasPrefix(
                "erased.txt: error: the suppression list is a symbolic link to a file that does not exist; fix the link or remove it"))
    }
}
