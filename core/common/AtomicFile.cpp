// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/AtomicFile.h"

#include "common/AtomicFileWriter.h"

namespace grantscope {

bool writeFileAtomically(const QString& path, std::string_view bytes, QString* error)
{
    AtomicFileWriter file(path);
    if (file.open() && file.write(bytes) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace grantscope
