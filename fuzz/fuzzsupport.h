#pragma once

// Shared set-up of the libFuzzer targets: one QCoreApplication per process (SQL drivers and
// KSyntaxHighlighting's data look for it), and the input as the text an importer would see.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace LecternFuzz {

inline void initApplication(int *argc, char ***argv)
{
    static QCoreApplication *app = nullptr;
    if (!app)
        app = new QCoreApplication(*argc, *argv); // lives for the whole run, like the fuzzer
}

// Bytes as given (no copy): the importers take QByteArray and decode themselves.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as the parsers that take QString get it (invalid UTF-8 becomes U+FFFD, as on import).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace LecternFuzz

#define LECTERN_FUZZ_INIT                                                                          \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        LecternFuzz::initApplication(argc, argv);                                                  \
        return 0;                                                                                  \
    }
