// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ResourceData.h"

#include <QFile>
#include <QResource>

namespace grantscope {

std::string bundledResourceText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<size_t>(bytes.size()));
}

std::string_view bundledResourceView(const QString& path)
{
    const QResource resource(path);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression || !resource.data())
        return {};
    return { reinterpret_cast<const char*>(resource.data()), static_cast<size_t>(resource.size()) };
}

} // namespace grantscope
