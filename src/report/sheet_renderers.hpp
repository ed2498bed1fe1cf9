// One function per sheet format; zgcfacts::render_sheet picks among them. Private to src/report.
#pragma once

#include <string>

#include "zgcfacts/sheet.hpp"

namespace zgcfacts::report {

std::string sheet_markdown(const Sheet& sheet);
std::string sheet_html(const Sheet& sheet);
std::string sheet_json(const Sheet& sheet);

}  // namespace zgcfacts::report
