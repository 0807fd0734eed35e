// The citizen a case is about: identified by CPR number, or anonymous (§ 101 a) under a pseudonym.
import Foundation

/// A citizen in treatment. Either identified by a ``CPRNumber`` (date of birth and sex come from
/// it) or anonymous under Serviceloven § 101 a: then there is a pseudonym and no CPR number, and a
/// year of birth and sex only if the citizen tells them.
public struct Citizen: Hashable, Sendable {
    /// How the citizen is identified; exactly one of the two, so an anonymous citizen cannot carry
    /// a CPR number.
    private enum Identity: Hashable, Sendable {
        case registered(CPRNumber)
        case anonymous(pseudonym: String, birthYear: Int?, sex: Sex?)
    }

    /// The years of birth accepted for an anonymous citizen; the range catches typing errors.
    public static let birthYears = 1900...2099

    /// Nil until the citizen is stored.
    public var id: CitizenID?
    /// The name, trimmed. For an anonymous citizen, what they want to be called.
    public let name: String
    private let identity: Identity
    /// Relatives and other network persons.
    public var network: [NetworkPerson]

    /// A citizen with a CPR number (give `cpr`), or an anonymous one (give `pseudonym`, and
    /// `birthYear` and `sex` if known).
    /// - Throws: `DomainError` when the name or pseudonym is empty, when both or neither of `cpr`
    ///   and `pseudonym` are given, when `birthYear` or `sex` accompany a CPR number, or when
    ///   `birthYear` is outside ``birthYears``.
    public init(
        id: CitizenID? = nil, name: String, cpr: CPRNumber? = nil, pseudonym: String? = nil,
        birthYear: Int? = nil, sex: Sex? = nil, network: [NetworkPerson] = []
    ) throws {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError(field: "name", CitizenProblem.emptyName) }
        switch (cpr, pseudonym) {
        case (nil, nil):
            throw DomainError(field: "cpr", CitizenProblem.missingIdentity)
        case (.some, .some):
            throw DomainError(field: "cpr", CitizenProblem.anonymousWithCPR)
        case (let cpr?, nil):
            if birthYear != nil { throw DomainError(field: "birth-year", CitizenProblem.derivedFromCPR) }
            if sex != nil { throw DomainError(field: "sex", CitizenProblem.derivedFromCPR) }
            identity = .registered(cpr)
        case (nil, let pseudonym?):
            let pseudonym = pseudonym.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !pseudonym.isEmpty else { throw DomainError(field: "pseudonym", CitizenProblem.emptyPseudonym) }
            if let birthYear, !Citizen.birthYears.contains(birthYear) {
                throw DomainError(field: "birth-year", CitizenProblem.birthYearOutOfRange(birthYear))
            }
            identity = .anonymous(pseudonym: pseudonym, birthYear: birthYear, sex: sex)
        }
        self.id = id
        self.name = name
        self.network = network
    }

    /// The CPR number; nil for an anonymous citizen.
    public var cpr: CPRNumber? {
        if case .registered(let cpr) = identity { return cpr }
        return nil
    }

    /// The pseudonym of an anonymous citizen; nil for one with a CPR number.
    public var pseudonym: String? {
        if case .anonymous(let pseudonym, _, _) = identity { return pseudonym }
        return nil
    }

    /// Whether the citizen is anonymous (§ 101 a): a pseudonym and no CPR number.
    public var isAnonymous: Bool { cpr == nil }

    /// The date of birth, known only from a CPR number.
    public var birthDate: Day? { cpr?.birthDate }

    /// The year of birth: from the CPR number, or as an anonymous citizen gave it.
    public var birthYear: Int? {
        switch identity {
        case .registered(let cpr): return cpr.birthDate.year
        case .anonymous(_, let birthYear, _): return birthYear
        }
    }

    /// The sex: from the CPR number, or as an anonymous citizen gave it.
    public var sex: Sex? {
        switch identity {
        case .registered(let cpr): return cpr.sex
        case .anonymous(_, _, let sex): return sex
        }
    }

    /// The age in whole years on `day`; nil unless the date of birth is known (a CPR number).
    public func age(on day: Day) -> Int? { birthDate?.age(on: day) }

    /// Whether the citizen is certainly under 18 on `day`. With only a year of birth, the citizen is
    /// a minor only if even a birthday on 1 January of that year would leave them under 18; without
    /// a year of birth, they count as an adult. Doubt thus never lets information reach parents
    /// without consent.
    public func isMinor(on day: Day) -> Bool {
        switch identity {
        case .registered(let cpr):
            return cpr.birthDate.age(on: day) < 18
        case .anonymous(_, let birthYear, _):
            guard let birthYear, let earliest = Day(year: birthYear, month: 1, day: 1) else { return false }
            return earliest.age(on: day) < 18
        }
    }

    /// Whether `actor` represents a person in the network who counts as the citizen's parent.
    public func hasParent(_ actor: ActorID) -> Bool {
        network.contains { $0.actor == actor && $0.isParent }
    }
}

extension Citizen: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, name, cpr, pseudonym, birthYear, sex, network
    }

    /// Reads what ``encode(to:)`` writes, applying the same rules as ``init(id:name:cpr:pseudonym:birthYear:sex:network:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                id: try container.decodeIfPresent(CitizenID.self, forKey: .id),
                name: try container.decode(String.self, forKey: .name),
                cpr: try container.decodeIfPresent(CPRNumber.self, forKey: .cpr),
                pseudonym: try container.decodeIfPresent(String.self, forKey: .pseudonym),
                birthYear: try container.decodeIfPresent(Int.self, forKey: .birthYear),
                sex: try container.decodeIfPresent(Sex.self, forKey: .sex),
                network: try container.decodeIfPresent([NetworkPerson].self, forKey: .network) ?? [])
        } catch let error as DomainError {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Writes a flat record. For a citizen with a CPR number this includes the ten CPR digits (see
    /// ``CPRNumber``): encode citizens for storage only. Year of birth and sex are written only for
    /// anonymous citizens; for the others they follow from the CPR number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(name, forKey: .name)
        switch identity {
        case .registered(let cpr):
            try container.encode(cpr, forKey: .cpr)
        case .anonymous(let pseudonym, let birthYear, let sex):
            try container.encode(pseudonym, forKey: .pseudonym)
            try container.encodeIfPresent(birthYear, forKey: .birthYear)
            try container.encodeIfPresent(sex, forKey: .sex)
        }
        try container.encode(network, forKey: .network)
    }
}
