// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <string_view>

class QFile;
class QFileDevice;
class QSaveFile;

namespace grantscope {

/**
 * Writes a file piece by piece with the guarantees of writeFileAtomically(): a regular file is replaced
 * whole by commit() or, on any failure or without commit(), left as it was; a device or a pipe at the path
 * (/dev/null, a FIFO) is written in place, never replaced. For output too large to hold in memory first.
 */
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(const QString& path);
    /** Discards what was written unless commit() succeeded. */
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    /** False with errorString() set when the file cannot be created. */
    bool open();
    /** False (and every later call false) once a write failed. */
    bool write(std::string_view bytes);
    /** Puts the file in place; false with errorString() set when anything failed. */
    bool commit();
    QString errorString() const { return m_error; }

private:
    bool fail();

    QString m_path;
    std::unique_ptr<QSaveFile> m_save; // a regular file, replaced on commit()
    std::unique_ptr<QFile> m_device; // a device or a pipe, written in place
    QFileDevice* m_file = nullptr; // whichever of the two is open
    bool m_failed = false;
    QString m_error;
};

} // namespace grantscope
