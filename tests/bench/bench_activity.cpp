// SPDX-License-Identifier: GPL-3.0-or-later
// CloudTrail reading speed against `gzip -dc` on the same files (not run by ctest).
//
//   bench_activity DIR [EVENTS]
//
// Writes EVENTS (default 1,000,000) generated CloudTrail events into DIR as 1,000-event .json.gz deliveries
// in the AWSLogs layout (unless DIR already holds them), then times `gzip -dc` over every file, and
// readTrails() with one and two workers, and prints the ratios and the peak memory of the read.
#include "../gen/TrailGenerator.h"
#include "activity/EventMapping.h"
#include "activity/TrailReader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>
#include <sys/resource.h>

using namespace grantscope;
using grantscope::test::TrailEventSpec;
using grantscope::test::TrailGenerator;

namespace {

QStringList trailFiles(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, { QStringLiteral("*.json.gz") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

void generate(const QString& dir, long events)
{
    TrailGenerator gen(7);
    const std::int64_t start = *parseTrailTime("2026-09-01T00:00:00Z");
    const char* regions[] = { "us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2" };
    const char* accounts[] = { "123456789012", "111122223333" };
    qint64 raw = 0, packed = 0;
    for (long file = 0; file * 1000 < events; ++file) {
        std::vector<std::string> records;
        const std::int64_t t = start + file * 300;
        const std::string account = accounts[file % 2];
        for (int i = 0; i < 1000 && file * 1000 + i < events; ++i) {
            TrailEventSpec e = gen.noise(t + i / 4, account);
            if (i % 10 == 0) {
                e.roleArn = "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration";
                e.userArn.clear();
                e.recipient = "123456789012";
            }
            records.push_back(gen.record(e));
        }
        const std::string text = TrailGenerator::delivery(records);
        const QByteArray gz = TrailGenerator::gzip(text);
        raw += static_cast<qint64>(text.size());
        packed += gz.size();
        TrailGenerator::writeFile(
            dir + QLatin1Char('/') + QString::fromStdString(gen.deliveryPath(account, regions[file % 4], t)), gz);
    }
    std::printf("generated %ld events: %.1f MB of JSON, %.1f MB gzipped\n", events, raw / 1e6, packed / 1e6);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_activity DIR [EVENTS]\n");
        return 2;
    }
    const QString dir = args[1];
    const long events = args.size() > 2 ? args[2].toLong() : 1000000;
    if (trailFiles(dir).isEmpty())
        generate(dir, events);
    const QStringList files = trailFiles(dir);
    std::printf("%lld files\n", static_cast<long long>(files.size()));

    QElapsedTimer timer;
    timer.start();
    QProcess gzip;
    gzip.setStandardOutputFile(QProcess::nullDevice());
    gzip.start(QStringLiteral("gzip"), QStringList { QStringLiteral("-dc") } + files);
    gzip.waitForFinished(-1);
    const double gzipSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("gzip -dc:                 %.2f s\n", gzipSeconds);

    for (const int workers : { 1, 2 }) {
        TrailReadOptions options;
        options.workers = workers;
        timer.restart();
        const ActivityLog log = readTrails({ dir }, EventMapping::bundled(), options);
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("readTrails, %d worker%s:   %.2f s (%.2f x gzip -dc), %zu events, %d files, %lld skipped\n",
            workers, workers == 1 ? " " : "s", seconds, seconds / gzipSeconds, log.events.size(), log.filesRead,
            static_cast<long long>(log.filesSkipped));
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (whole process): %.0f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
