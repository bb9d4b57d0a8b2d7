// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one CloudTrail file: a delivery ({"Records": [...]}), `lookup-events` output, a
// digest, or a CloudTrail Lake / Athena CSV export, each possibly gzip-compressed. Gzip input goes through
// DeliveryFile (from a temporary file, as readTrails() loads it); plain text is padded as DeliveryFile pads
// it and handed to TrailParser directly, which keeps the run fast. Besides crashes and sanitizer reports,
// it traps when a file that fails to parse has no reason, or when a batch points outside its own tables
// (an event without its call, principal, account, resource or eventID slot).
#include "activity/DeliveryFile.h"
#include "activity/EventMapping.h"
#include "activity/TrailParser.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace {

void check(const grantscope::TrailBatch& batch)
{
    for (const auto& [event, resource] : batch.eventResources)
        if (event >= batch.events.size() || resource < 0 || static_cast<size_t>(resource) >= batch.resources.size())
            __builtin_trap();
    if (batch.ids.size() != batch.events.size())
        __builtin_trap();
    const auto within = [](int index, size_t count, bool optional) {
        return (optional && index == -1) || (index >= 0 && static_cast<size_t>(index) < count);
    };
    for (const grantscope::ActivityEvent& e : batch.events)
        if (!within(e.call, batch.calls.size(), false) || !within(e.principal, batch.principals.size(), true)
            || !within(e.account, batch.accounts.size(), true))
            __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace grantscope;
    static TrailParser parser(EventMapping::bundled());
    static DeliveryFile file(size_t(4) << 20);
    static TrailBatch batch;
    static const QString path
        = QDir::temp().filePath(QStringLiteral("grantscope-fuzz-trail-%1.json.gz").arg(QString::number(::getpid())));

    const char* text = nullptr;
    size_t textSize = 0;
    std::unique_ptr<char[]> padded;
    QString error;
    if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b) {
        {
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || out.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size))
                    != static_cast<qint64>(size))
                std::abort(); // the harness itself failed, not the reader
        }
        if (!file.load(path, &error)) {
            if (error.isEmpty())
                __builtin_trap();
            return 0;
        }
        text = file.data();
        textSize = file.size();
    } else {
        padded = std::make_unique<char[]>(size + DeliveryFile::kPadding);
        if (size > 0)
            std::memcpy(padded.get(), data, size);
        std::memset(padded.get() + size, 0, DeliveryFile::kPadding);
        text = padded.get();
        textSize = size;
    }
    SourceLocation where;
    batch.clear();
    if (!parser.parse(text, textSize, batch, &error, &where)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    check(batch);
    return 0;
}
