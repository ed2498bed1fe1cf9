// Uses the installed library end to end: parse one figure, say it in English, store a sentence and
// read it back. Prints one line per check and exits non-zero when one fails.
#include <cstdio>
#include <string>

#include <fmt/core.h>

#include <zgcfacts/format.hpp>
#include <zgcfacts/scan.hpp>
#include <zgcfacts/sheet.hpp>
#include <zgcfacts/store.hpp>

int main() {
    int failures = 0;
    auto check = [&](bool ok, const std::string& what) {
        fmt::print("{} {}\n", ok ? "ok  " : "FAIL", what);
        if (!ok) ++failures;
    };

    auto q = zgcfacts::parse("超 610 亿元");
    check(q.has_value() && q->value.to_string() == "61000000000", "parse: 超 610 亿元 = 61000000000");
    check(q && zgcfacts::say(*q, zgcfacts::Language::en) == "over 61 billion yuan", "say: over 61 billion yuan");
    check(q && fmt::format("{}", *q).starts_with("money 61000000000 CNY over"), "format: " + fmt::format("{}", *q));

    zgcfacts::Store store(":memory:");
    zgcfacts::DocumentInfo info;
    info.name = "consumer.txt";
    auto added = store.ingest("2024年，示例园区技术合同成交额约450.5亿元。", info);
    check(added.has_value() && added->facts > 0, "store: ingest");
    zgcfacts::FactFilter money;
    money.kind = zgcfacts::Kind::money;
    check(store.count_facts(money) == 1, "store: one money figure");

    const auto sheet = zgcfacts::build_sheet(store, {});
    check(zgcfacts::render_sheet(sheet, zgcfacts::SheetFormat::markdown).find("约450.5亿元") != std::string::npos,
          "sheet: markdown quotes the figure");
    return failures == 0 ? 0 : 1;
}
