// A fact sheet of one's own: take the Sheet the library collects, keep what matters, and lay it
// out with the library's pieces (say, describe_change, yoy_chart_svg) — here as a short HTML
// briefing with only the money figures and their charts.
//
//   example_custom_sheet > briefing.html
#include <algorithm>
#include <string>

#include <fmt/core.h>

#include "zgcfacts/sheet.hpp"
#include "zgcfacts/store.hpp"

namespace {

/// Minimal HTML escaping for the text this example writes itself.
std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

void add_reports(zgcfacts::Store& store) {
    const char* texts[][2] = {
        {"2022-12-30", "2022年，示例园区技术合同成交额约450.5亿元，新增入驻企业1200多家。"},
        {"2023-12-30", "2023年，示例园区技术合同成交额超520亿元。园区新增入驻企业1500余家，获得风险投资近80亿元。"},
    };
    for (const auto& [date, text] : texts) {
        zgcfacts::DocumentInfo info;
        info.name = std::string("park-") + std::string(date).substr(0, 4) + ".txt";
        info.date = date;
        store.ingest(text, info).value();  // value() throws BadResultAccess on bad input
    }
}

}  // namespace

int main() {
    zgcfacts::Store store(":memory:");
    add_reports(store);

    zgcfacts::SheetScope scope;
    scope.period = "2023";
    zgcfacts::SheetOptions options;
    options.language = zgcfacts::Language::en;
    zgcfacts::Sheet sheet = zgcfacts::build_sheet(store, scope, options);

    // Keep only money, and only the series of money figures.
    std::erase_if(sheet.sections, [](const auto& s) { return s.kind != zgcfacts::Kind::money; });
    std::erase_if(sheet.series, [](const auto& s) { return s.kind != zgcfacts::Kind::money; });

    std::string page = "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Money briefing</title>\n"
                       "<h1>Money briefing, 2023</h1>\n<ul>\n";
    for (const auto& section : sheet.sections)
        for (const auto& fact : section.facts)
            page += fmt::format("<li><b>{}</b>: {} <q lang=\"zh\">{}</q></li>\n", escape(fact.metric),
                                escape(zgcfacts::say(fact, zgcfacts::Language::en)), escape(fact.sentence));
    page += "</ul>\n";
    for (const auto& series : sheet.series) page += zgcfacts::yoy_chart_svg(series, zgcfacts::Language::en);
    page += "</html>\n";
    fmt::print("{}", page);

    // The standard renderings are one call away when the full sheet is wanted:
    //   zgcfacts::render_sheet(sheet, zgcfacts::SheetFormat::markdown)
}
