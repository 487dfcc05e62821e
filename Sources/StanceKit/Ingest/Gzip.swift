import CZlib

/// Inflates gzip-compressed input (saved pages are often `.html.gz`); the one door to zlib.
enum Gzip {
    static func isCompressed(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x1F, 0x8B]) }

    /// What inflating gave: the bytes, or why there are none.
    enum Outcome: Equatable {
        case inflated([UInt8])
        case damaged
        /// More than the limit: a small file that inflates to gigabytes is refused, not held in memory.
        case tooLarge
    }

    /// The decompressed bytes, or nil when the data is not a complete gzip stream.
    static func inflate(_ bytes: [UInt8]) -> [UInt8]? {
        if case .inflated(let output) = inflate(bytes, limit: Int.max) { return output }
        return nil
    }

    /// The decompressed bytes, stopping as soon as they pass `limit`.
    static func inflate(_ bytes: [UInt8], limit: Int) -> Outcome {
        var stream = z_stream()
        guard czlib_inflate_init_gzip(&stream) == Z_OK else { return .damaged }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var tooLarge = false
        output.reserveCapacity(min(bytes.count * 4, limit))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            var result = Z_OK
            repeat {
                result = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if output.count > limit {
                    tooLarge = true
                    break
                }
                // Concatenated gzip members: start the next one.
                if result == Z_STREAM_END, stream.avail_in > 0 {
                    result = inflateReset(&stream)
                }
            } while result == Z_OK
            return result
        }
        if tooLarge { return .tooLarge }
        return status == Z_STREAM_END ? .inflated(output) : .damaged
    }
}
