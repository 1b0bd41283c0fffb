// libFuzzer target: the HTML allowlist sanitizer and the article extractor (extract, prepare,
#include "fuzzentries.h"
#include "fuzzsupport.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return LecternFuzz::fuzzHtmlSanitizer(data, size);
}
