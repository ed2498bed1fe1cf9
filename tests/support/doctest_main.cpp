// The doctest runner shared by every test executable. Executables built with ZGCFACTS_SHARED_DIR
// (gold, peer suites, real articles) exit with 77 — reported by CTest as skipped, not failed — when
// the team's shared folder is not beside the checkout, as in a user's clone.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
#ifdef ZGCFACTS_SHARED_DIR
    if (!std::filesystem::is_directory(ZGCFACTS_SHARED_DIR)) {
        std::printf("skipped: shared folder %s not found\n", ZGCFACTS_SHARED_DIR);
        return 77;
    }
#endif
    doctest::Context context(argc, argv);
    return context.run();
}
