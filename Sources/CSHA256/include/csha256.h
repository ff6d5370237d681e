#ifndef DATAMIN_CSHA256_H
#define DATAMIN_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the x86 SHA extensions (and SSE4.1), else 0.
int datamin_sha256_hardware_available(void);

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks at `data` with the
/// x86 SHA extensions. `state` holds the eight working words a..h. Call only when
/// datamin_sha256_hardware_available() returned 1.
void datamin_sha256_hardware_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
