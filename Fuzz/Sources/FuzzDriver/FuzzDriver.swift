import CFuzzerDriver
import Foundation

/// Hands the program's arguments to libFuzzer, which calls `body` with each input it makes, and exits with its
/// status. SwiftPM names an executable's entry point itself, so the targets call libFuzzer's driver from their own
/// main instead of linking libFuzzer's.
public func fuzz(_ body: @escaping ([UInt8]) -> Void) -> Never {
    target = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        target?(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    })
}

nonisolated(unsafe) private var target: (([UInt8]) -> Void)?
