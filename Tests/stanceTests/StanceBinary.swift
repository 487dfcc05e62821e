import Foundation

/// Runs the built `stance` binary, as a user would, and captures what it prints.
struct StanceBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `stance` built beside the running tests (so `make check` runs its sanitized build), else the package's.
    static var executable: URL {
        let candidates = [".build/debug/stance", ".build/release/stance"].map { packageRoot.appendingPathComponent($0) }
        let beside = [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL,
                      Bundle.main.bundleURL.deletingLastPathComponent()].compactMap { $0?.appendingPathComponent("stance") }
        return (beside + candidates).first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `stance` with arguments in the package root; stdin is empty unless given.
    static func run(_ arguments: [String], stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        return finish(process, out: out, err: err)
    }

    /// Reads both pipes before waiting, so a large report cannot fill a pipe and stall the child.
    private static func finish(_ process: Process, out: Pipe, err: Pipe) -> Output {
        let errors = ErrorBuffer()
        let errReader = Thread { errors.set(err.fileHandleForReading.readDataToEndOfFile()) }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { usleep(1000) }
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errors.get(), as: UTF8.self))
    }

    /// Runs `stance` with standard output on a file opened only for reading: every write to it fails.
    static func runWithUnwritableOutput(_ arguments: [String], in folder: URL) throws -> Output {
        let file = folder.appendingPathComponent("read-only-\(UUID().uuidString)")
        try Data().write(to: file)
        let readOnly = try FileHandle(forReadingFrom: file)
        defer { try? readOnly.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let err = Pipe()
        process.standardOutput = readOnly
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: "", stderr: String(decoding: errors, as: UTF8.self))
    }

    /// Whether `runUnprivileged` can drop root: it runs a copy of `stance` as nobody through setpriv.
    static let canRunUnprivileged = getuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv)
    static let setpriv = "/usr/bin/setpriv"

    /// Runs `stance` as a user without privileges, for whom file permissions hold (as root they do not): directly
    /// when not root, else a copy of the binary in a folder everyone may read, as nobody.
    static func runUnprivileged(_ arguments: [String]) throws -> Output {
        guard getuid() == 0 else { return try run(arguments) }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let copy = folder.appendingPathComponent("stance")
        try FileManager.default.copyItem(at: executable, to: copy)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return finish(process, out: out, err: err)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stance-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Standard error collected on a second thread while standard output is read on this one.
final class ErrorBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) { lock.withLock { data = value } }
    func get() -> Data { lock.withLock { data } }
}
