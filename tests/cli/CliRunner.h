// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the built grantscope-cli from the source folder, so tests can pass repository-relative paths.
// A process that has not finished within two minutes is killed and reported with exit code -1, so a
// hang fails the test instead of blocking it; a crash gives -2.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace grantscope::test {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(GRANTSCOPE_SOURCE_DIR));
    p.start(QStringLiteral(GRANTSCOPE_CLI), args);
    CliRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/** Parses JSON output; a discarded value (is_discarded()) when it is not JSON. */
inline nlohmann::json parseJson(const QByteArray& bytes)
{
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

} // namespace grantscope::test
