import DataMinCore
import DataMinRun
import Synchronization

/// The policies a service answers for, by name, replaced all at once on reload: a request
/// sees either every old policy or every new one.
package final class PolicyRegistry: Sendable {
    /// One loaded policy.
    package struct Entry: Sendable {
        /// The path as given on the command line or in `.datamin.yml`.
        package var path: String
        /// The path to open, absolute.
        package var file: String
        package var sha256: String
        package var validator: Validator
        package var name: String { validator.policy.name }
        package var purposes: [String] { validator.policy.purposes.map(\.name) }
    }

    private let configuration: ServiceConfiguration
    private let entries: Mutex<[String: Entry]>

    /// Loads every policy of `configuration`.
    ///
    /// - Throws: ``PolicyError`` for a policy that does not load, ``UsageFailure`` for two
    ///   policies with one name.
    package init(_ configuration: ServiceConfiguration) throws {
        self.configuration = configuration
        entries = Mutex(try Self.load(configuration))
    }

    /// The policies now answered for, sorted by name.
    package var all: [Entry] { entries.withLock { $0.values.sorted { $0.name < $1.name } } }

    package func entry(named name: String) -> Entry? { entries.withLock { $0[name] } }

    /// Loads the policies again and swaps them in; when one fails, keeps every old one and
    /// returns why.
    package func reload() -> String? {
        do {
            let loaded = try Self.load(configuration)
            entries.withLock { $0 = loaded }
            return nil
        } catch let error as PolicyError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    private static func load(_ configuration: ServiceConfiguration) throws -> [String: Entry] {
        var loaded: [String: Entry] = [:]
        let salt = configuration.environment["DATAMIN_KEY_SALT"].flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        for path in configuration.policyPaths {
            let absolute = path.hasPrefix("/") ? path : configuration.workingDirectory + "/" + path
            var validator = try ValidatorLoader.load(
                policyPath: absolute, asOf: configuration.asOf, showValues: false, dueWithin: nil, keySalt: salt)
            if configuration.asOf == nil { validator = validator.followingTheCalendar() }
            let name = validator.policy.name
            if let other = loaded[name] {
                throw UsageFailure(
                    message: "policies '\(other.path)' and '\(path)' are both named '\(name)'; a service answers for each name once")
            }
            loaded[name] = Entry(path: path, file: absolute, sha256: validator.policy.sha256 ?? "", validator: validator)
        }
        return loaded
    }
}
