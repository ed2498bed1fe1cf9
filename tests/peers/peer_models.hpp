// How each Recognizers-Text model's expectations are compared with our mentions, and the verdict
// for one case. The adaptations (where our design differs from theirs, we compare what is
// comparable) are listed in adaptations(), printed with the report, and explained at each rule in
// peer_models.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "peers/peer_cases.hpp"
#include "zgcfacts/scan.hpp"

namespace zgcfacts::peers {

/// The models this suite runs (AgeModel and TemperatureModel are not part of the issue).
const std::vector<std::string>& compared_models();

/// One line per adaptation, for the printed report.
std::vector<std::string> adaptations();

struct Verdict {
    bool passed = false;
    std::vector<std::string> problems;  // why it failed, one line each
};

/// The verdict for one case given our scan of its input. `mentions` are ours, byte offsets into
/// `c.input`.
Verdict judge(const PeerCase& c, const std::vector<Mention>& mentions);

/// Our mention as one line: surface, kind, value, bounds, unit.
std::string describe(const Mention& m);

}  // namespace zgcfacts::peers
