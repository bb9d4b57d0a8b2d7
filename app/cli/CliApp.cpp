// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"
namespace grantscope::cli {
int run(int, char**) { return 0; }
}
