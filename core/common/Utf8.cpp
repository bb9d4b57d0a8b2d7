// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Utf8.h"

namespace grantscope {

int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned c = p[0];
    if (c < 0x80)
        return 1;
    // The second byte's range is what excludes overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    const int length = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    const unsigned low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    const unsigned high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (length == 0 || end - p < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return length;
}

} // namespace grantscope
