// The ingest progress bar draws only on a terminal, never into pipes and logs.
#include <doctest/doctest.h>

#include <unistd.h>

#include "cli/progress.hpp"

using zgcfacts::cli::Progress;

TEST_CASE("the progress bar is silent unless stderr is a terminal and there is more than one item") {
    const bool terminal = isatty(STDERR_FILENO) == 1;
    CHECK(Progress(10, true).active() == terminal);
    CHECK_FALSE(Progress(10, false).active());  // --quiet
    CHECK_FALSE(Progress(1, true).active());    // one file needs no bar
    Progress progress(3, true);
    progress.advance("a.txt");
    progress.finish();
    CHECK_FALSE(progress.active());
}
