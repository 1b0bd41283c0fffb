// libFuzzer target: the Hugo index importer (HugoImporter::importData) into a real library
#include "fuzzentries.h"
#include "fuzzsupport.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return LecternFuzz::fuzzHugoImport(data, size);
}
