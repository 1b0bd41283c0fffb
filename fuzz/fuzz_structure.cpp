// libFuzzer target: structure recovery of Hugo index text, and the blocks' JSON round trip.
#include "fuzzentries.h"
#include "fuzzsupport.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return LecternFuzz::fuzzStructure(data, size);
}
