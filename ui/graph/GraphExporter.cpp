// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/GraphExporter.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace grantscope::ui {

void GraphExporter::render(QGraphicsScene& scene, QPainter* painter, const QRectF& target)
{
    // Item caches are device pixmaps; exports want vectors and full resolution.
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem::CacheMode>> cached;
    for (QGraphicsItem* item : scene.items())
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            cached.emplace_back(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter->fillRect(target, scene.palette().brush(QPalette::Base));
    scene.render(painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
    for (const auto& [item, mode] : cached)
        item->setCacheMode(mode);
}

bool GraphExporter::toSvg(QGraphicsScene& scene, const QString& path, const QString& title)
{
    const QSizeF size = scene.sceneRect().size();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QCoreApplication::translate("GraphExporter", "Exported by GrantScope"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    render(scene, &painter, QRectF(QPointF(0, 0), size));
    return painter.end();
}

bool GraphExporter::toPng(QGraphicsScene& scene, const QString& path)
{
    const QSizeF size = scene.sceneRect().size();
    // Twice the scene size for sharp text, within what an image viewer opens comfortably.
    constexpr qreal kMaxPixels = 64e6;
    constexpr qreal kMaxSide = 32000;
    qreal factor = std::min(2.0, std::sqrt(kMaxPixels / std::max(1.0, size.width() * size.height())));
    factor = std::min({ factor, kMaxSide / std::max(1.0, size.width()), kMaxSide / std::max(1.0, size.height()) });
    QImage image((size * factor).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render(scene, &painter, QRectF(QPointF(0, 0), size * factor));
    painter.end();
    return image.save(path, "PNG");
}

} // namespace grantscope::ui
