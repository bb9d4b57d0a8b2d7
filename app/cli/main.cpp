// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

int main(int argc, char** argv)
{
    return grantscope::cli::run(argc, argv);
}
