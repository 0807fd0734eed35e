// `tovholder task`: what someone must do by when; added by hand here, by workflow rules later.
import ArgumentParser
import Core
import Store

struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: "Add, list and complete tasks.",
        subcommands: [TaskAddCommand.self, TaskListCommand.self, TaskDoneCommand.self, TaskCancelCommand.self])
}

struct TaskAddCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a task; prints the new id.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "What must be done.")
    var title: String

    @Option(help: "Who: an actor's id, or a role such as tovholder.")
    var assignee: String

    @Option(name: .customLong("case"), help: "The case it concerns.")
    var caseID: String?

    @Option(help: "When it is due (YYYY-MM-DD).")
    var due: String?

    @Option(help: "A note.")
    var note: String = ""

    func run() throws {
        try runReporting { language in
            let task = try WorkTask(
                caseID: try caseID.map { try parseID($0, as: CaseID.self, field: "case") }, title: title, note: note,
                assignee: try TaskAssignee(assignee), due: try due.map { try parseDay($0, field: "due") },
                created: Day.today())
            let stored = try database.write("task add", language) { try $0.addTask(task) }
            try output.print(NewID(id: stored.id!.rawValue)) { String($0.id) }
        }
    }
}

struct TaskListCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List open tasks by due day.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var today: TodayOption

    @Option(name: .customLong("due-before"), help: "Only tasks due before this day (YYYY-MM-DD).")
    var dueBefore: String?

    @Option(help: "Only tasks for this actor id or role.")
    var assignee: String?

    func run() throws {
        try runReporting { language in
            let dueBefore = try dueBefore.map { try parseDay($0, field: "due-before") }
            let assignee = try assignee.map { try TaskAssignee($0) }
            let day = try today.day()
            let tasks = try database.write("task list", language) {
                try $0.openTasks(dueBefore: dueBefore, assignee: assignee)
            }
            try output.print(tasks) { task in
                let overdue = task.isOverdue(on: day) ? (language == .danish ? "\tOVERSKREDET" : "\tOVERDUE") : ""
                let assignee: String
                switch task.assignee {
                case .actor(let actor): assignee = (language == .danish ? "aktør " : "actor ") + actor.description
                case .role(let role): assignee = role
                }
                return "\(task.id?.rawValue ?? 0)\t\(task.due.map(String.init(describing:)) ?? "-")\t\(assignee)\t"
                    + "\(task.caseID.map { (language == .danish ? "sag " : "case ") + $0.description } ?? "")\t\(task.title)\(overdue)"
            }
        }
    }
}

struct TaskDoneCommand: TovholderCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a task done.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The task's id.")
    var id: String

    @Option(help: "The day it was done (YYYY-MM-DD); default today.")
    var date: String?

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: TaskID.self, field: "task")
            let day = try parseDayOrToday(date, field: "date")
            let task = try database.write("task done", language) {
                try $0.completeTask(id, on: day)
            }
            print(language == .danish ? "Opgave \(id) udført: \(task.title)" : "Task \(id) done: \(task.title)")
        }
    }
}

struct TaskCancelCommand: TovholderCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a task that is no longer needed.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var day: DateOption

    @Argument(help: "The task's id.")
    var id: String

    func run() throws {
        try runReporting { language in
            let id = try parseID(id, as: TaskID.self, field: "task")
            let date = try day.day()
            let task = try database.write("task cancel", language) {
                try $0.cancelTask(id, on: date)
            }
            print(
                language == .danish ? "Opgave \(id) annulleret: \(task.title)" : "Task \(id) cancelled: \(task.title)")
        }
    }
}
