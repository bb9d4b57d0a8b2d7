// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
namespace grantscope::cli {
int run(int argc, char** argv);
}
