// libFuzzer target: feed detection and parsing (RSS, Atom, JSON Feed, Hugo index, HTML feed
#include "fuzzentries.h"
#include "fuzzsupport.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return LecternFuzz::fuzzFeedParser(data, size);
}
