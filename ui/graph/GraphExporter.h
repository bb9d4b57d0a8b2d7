// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGraphicsScene;
class QPainter;
class QRectF;

namespace grantscope::ui {

/**
 * Writes a scene (its sceneRect, on the palette's Base colour) to SVG, with text kept as text,
 * or to PNG at twice its size within a pixel budget. Item caches are bypassed while rendering.
 */
class GraphExporter {
public:
    static bool toSvg(QGraphicsScene& scene, const QString& path, const QString& title);
    static bool toPng(QGraphicsScene& scene, const QString& path);

private:
    static void render(QGraphicsScene& scene, QPainter* painter, const QRectF& target);
};

} // namespace grantscope::ui
