#pragma once

#include <cstddef>
#include <cstdint>

// One function per fuzz target: feeds the bytes through the same entry points as the importer,
// parser or renderer they name. Each aborts (qFatal) when an invariant breaks, so a test that
// replays inputs through them fails the same way the fuzzer does.
namespace LecternFuzz {

int fuzzHugoImport(const uint8_t *data, size_t size);    // hugoimport
int fuzzStructure(const uint8_t *data, size_t size);     // structure
int fuzzFeedParser(const uint8_t *data, size_t size);    // feedparser
int fuzzHtmlSanitizer(const uint8_t *data, size_t size); // htmlsanitizer
int fuzzQueryParser(const uint8_t *data, size_t size);   // queryparser
int fuzzFrontMatter(const uint8_t *data, size_t size);   // frontmatter

// Closes what the targets keep between inputs (the import target's library); call before
// QCoreApplication goes.
void shutdown();

} // namespace LecternFuzz
