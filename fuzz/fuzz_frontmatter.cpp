// libFuzzer target: a Markdown folder document: front matter (YAML/TOML subset) and the body
#include "fuzzentries.h"
#include "fuzzsupport.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return LecternFuzz::fuzzFrontMatter(data, size);
}
