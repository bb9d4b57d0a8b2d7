// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-rendericon: renders the application's SVG icon into the PNG sizes that icon themes install, at
// build time, so that no binary image is kept in the repository.
//
//   grantscope-rendericon ICON.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/ICON.png for every SIZE
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

namespace {

// A picture with no visible pixel means the SVG did not render (a broken file, a missing plugin): fail the build.
bool hasVisiblePixels(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) != 0)
                return true;
    return false;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "grantscope-rendericon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return fail(QStringLiteral("usage: grantscope-rendericon ICON.svg OUTDIR SIZE..."));

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(args.at(1) + QStringLiteral(": not a valid SVG file"));
    const QString name = QFileInfo(args.at(1)).completeBaseName() + QStringLiteral(".png");

    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(args.at(i) + QStringLiteral(": not an icon size"));
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        if (!hasVisiblePixels(image))
            return fail(args.at(1) + QStringLiteral(": renders nothing at %1 px").arg(size));
        const QString folder = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(folder) || !image.save(folder + QLatin1Char('/') + name))
            return fail(folder + QLatin1Char('/') + name + QStringLiteral(": cannot write"));
    }
    return 0;
}
