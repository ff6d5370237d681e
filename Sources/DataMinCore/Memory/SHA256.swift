import CSHA256

/// SHA-256 (FIPS 180-4), for the suppression list's salted subject hashes. Small enough to
/// keep rather than depend on a crypto package for one function.
package enum SHA256 {
    /// The 32-byte digest of `bytes`.
    package static func hash(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var stream = Stream()
        Array(bytes).withUnsafeBytes { stream.update($0) }
        return stream.finish()
    }

    /// A SHA-256 computed over bytes that arrive in pieces: an input's digest while it is
    /// streamed, without a second read.
    package struct Stream: Sendable {
        private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
        )
        /// The bytes of an incomplete block, fewer than 64.
        private var pending: [UInt8] = []
        /// Bytes hashed so far.
        private var count: UInt64 = 0

        /// Whether the processor's SHA instructions do the work.
        private let usesHardware: Bool

        /// A stream that uses the processor's SHA instructions when it has them, or the
        /// portable code when `portable` is true (for tests that compare the two).
        package init(portable: Bool = false) {
            usesHardware = !portable && SHA256.hardware
        }

        /// Adds `bytes` to the message.
        package mutating func update(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress else { return }
            count += UInt64(bytes.count)
            var offset = 0
            if !pending.isEmpty {
                let taken = min(64 - pending.count, bytes.count)
                pending += bytes[0..<taken]
                offset = taken
                guard pending.count == 64 else { return }
                let block = pending
                block.withUnsafeBytes { compress($0.baseAddress!, blocks: 1) }
                pending.removeAll(keepingCapacity: true)
            }
            let blocks = (bytes.count - offset) / 64
            if blocks > 0 { compress(base + offset, blocks: blocks) }
            offset += blocks * 64
            if offset < bytes.count { pending += bytes[offset...] }
        }

        /// The 32-byte digest of everything added.
        package mutating func finish() -> [UInt8] {
            let bitLength = count * 8
            var tail: [UInt8] = [0x80]
            while (pending.count + tail.count) % 64 != 56 { tail.append(0) }
            for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
            let saved = count
            tail.withUnsafeBytes { update($0) }
            count = saved
            let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
            return words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) } }
        }

        /// Runs the compression function over `blocks` 64-byte blocks from `base`. The state
        /// lives in locals and the schedule in a stack buffer: an input's hash is computed on
        /// the reading thread, so every cycle here is a cycle of the run.
        private mutating func compress(_ base: UnsafeRawPointer, blocks: Int) {
            if usesHardware {
                withUnsafeMutableBytes(of: &state) { words in
                    datamin_sha256_hardware_blocks(
                        words.baseAddress!.assumingMemoryBound(to: UInt32.self), base.assumingMemoryBound(to: UInt8.self), blocks)
                }
                return
            }
            var (h0, h1, h2, h3, h4, h5, h6, h7) = state
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
                SHA256.constants.withUnsafeBufferPointer { constants in
                    for block in 0..<blocks {
                        let start = base + block * 64
                        for index in 0..<16 {
                            words[index] = UInt32(bigEndian: start.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
                        }
                        for index in 16..<64 {
                            let w15 = words[index - 15]
                            let w2 = words[index - 2]
                            let s0 = rotate(w15, 7) ^ rotate(w15, 18) ^ (w15 >> 3)
                            let s1 = rotate(w2, 17) ^ rotate(w2, 19) ^ (w2 >> 10)
                            words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, h) = (h0, h1, h2, h3, h4, h5, h6, h7)
                        for index in 0..<64 {
                            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                            let choice = (e & f) ^ (~e & g)
                            let t1 = h &+ s1 &+ choice &+ constants[index] &+ words[index]
                            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let t2 = s0 &+ majority
                            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                        }
                        h0 &+= a
                        h1 &+= b
                        h2 &+= c
                        h3 &+= d
                        h4 &+= e
                        h5 &+= f
                        h6 &+= g
                        h7 &+= h
                    }
                }
            }
            state = (h0, h1, h2, h3, h4, h5, h6, h7)
        }
    }

    /// Whether the processor computes SHA-256 itself (x86 SHA extensions).
    private static let hardware = datamin_sha256_hardware_available() != 0

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        value >> count | value << (32 - count)
    }

    private static let constants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01,
        0x2431_85be,
        0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
        0x4a74_84aa,
        0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85,
        0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70,
        0xc76c_51a3,
        0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a,
        0x5b9c_ca4f,
        0x682e_6ff3, 0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
