// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ResourceData.h"

#include <QFile>

namespace grantscope {

std::string bundledResourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

} // namespace grantscope
