// Build a database from a few reports and print the year-over-year series of one metric.
//
//   example_yoy_table                       # built-in texts, in memory, metric 技术合同成交额
//   example_yoy_table facts.db 签约金额      # an existing database (made by `zgcfacts ingest`)
#include <string>

#include <fmt/core.h>

#include "zgcfacts/format.hpp"
#include "zgcfacts/sheet.hpp"
#include "zgcfacts/store.hpp"

namespace {

struct Report {
    const char* name;
    const char* date;  // the publication date resolves 今年 / 去年 and year-less dates
    const char* text;
};

constexpr Report reports[] = {
    {"park-2021.txt", "2021-12-30", "2021年，示例园区技术合同成交额380亿元。"},
    {"park-2022.txt", "2022-12-30", "2022年，示例园区技术合同成交额约450.5亿元，新增入驻企业1200多家。"},
    {"park-2023.txt", "2023-12-30", "2023年，示例园区技术合同成交额超520亿元。园区新增入驻企业1500余家。"},
};

}  // namespace

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : ":memory:";
    const std::string metric = argc > 2 ? argv[2] : "技术合同成交额";
    zgcfacts::Store store(path);  // throws StoreError, naming the file, when it cannot be opened
    if (argc <= 1) {
        for (const auto& report : reports) {
            zgcfacts::DocumentInfo info;
            info.name = report.name;
            info.date = report.date;
            auto added = store.ingest(report.text, info);
            if (!added) {
                fmt::print(stderr, "{}: {}\n", report.name, added.error().message);
                return 1;
            }
        }
    }

    zgcfacts::YoyOptions options;
    options.metric = metric;  // a substring of the metric label
    const zgcfacts::YoySeries series = store.yoy(options);
    if (series.points.empty()) {
        fmt::print(stderr, "no figures with a period for '{}'\n", metric);
        return 1;
    }
    fmt::print("{} ({})\n\n{:<8} {:<28} {:<14} {}\n", metric, series.unit, "period", "figure", "change", "as written");
    for (const auto& point : series.points) {
        // describe_change is honest about hedges: 约450.5亿 → 超520亿 is a rise of more than 15.43%.
        fmt::print("{:<8} {:<28} {:<14} {}\n", point.period, zgcfacts::say(point.fact, zgcfacts::Language::en),
                   zgcfacts::describe_change(point), point.fact.surface);
    }
}
