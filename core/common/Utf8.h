// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace grantscope {

/**
 * Length (1..4) of the well-formed UTF-8 sequence at `p`, or 0 when it is not one (overlong form, UTF-16
 * surrogate, code point past U+10FFFF, truncated before `end`). Shared by the located readers.
 */
int utf8SequenceLength(const unsigned char* p, const unsigned char* end);

} // namespace grantscope
