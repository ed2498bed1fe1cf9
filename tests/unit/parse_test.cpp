// parse(): one expression → one typed quantity, for every form the engine promises to read.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "zgcfacts/format.hpp"
#include "zgcfacts/scan.hpp"

using namespace zgcfacts;

namespace {

struct Expect {
    const char* input;
    Kind kind;
    const char* value;                    // Quantity::value_text()
    const char* unit;                     // "" for none
    Qualifier qualifier = Qualifier::exact;
    const char* lower = nullptr;          // nullptr: no bound
    const char* upper = nullptr;
};

void check(const Expect& e) {
    const std::string input = e.input;
    CAPTURE(input);
    auto q = parse(e.input);
    REQUIRE_MESSAGE(q.has_value(), (q ? "" : q.error().message));
    CHECK(q->kind == e.kind);
    CHECK(q->value_text() == e.value);
    CHECK(q->unit == e.unit);
    CHECK(q->qualifier == e.qualifier);
    CHECK(q->lower_text() == (e.lower ? std::optional<std::string>(e.lower) : std::nullopt));
    CHECK(q->upper_text() == (e.upper ? std::optional<std::string>(e.upper) : std::nullopt));
}

}  // namespace

TEST_CASE("Arabic numbers: decimals, separators, signs, multipliers") {
    const Expect rows[] = {
        {"902.21 亿元", Kind::money, "90221000000", "CNY"},
        {"1,234,567元", Kind::money, "1234567", "CNY"},
        {"4，565元", Kind::money, "4565", "CNY"},  // full-width comma between digits groups thousands
        {"-3.2%", Kind::percent, "-3.2", "%"},
        {"负3.2%", Kind::percent, "-3.2", "%"},
        {"4.9万人", Kind::count, "49000", "count"},
        {"1.2万亿元", Kind::money, "1200000000000", "CNY"},
        {"18万亿元", Kind::money, "18000000000000", "CNY"},
        {"1,100.9亿元", Kind::money, "110090000000", "CNY"},
        {"3万4000人", Kind::count, "34000", "count"},
        {"25万6千元", Kind::money, "256000", "CNY"},
        {"2千零30万元", Kind::money, "20300000", "CNY"},
        {"15k元", Kind::money, "15000", "CNY"},
        {"９０２．２１亿元", Kind::money, "90221000000", "CNY"},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("Chinese numerals") {
    const Expect rows[] = {
        {"一千零十一个", Kind::count, "1011", "count"},
        {"一万零三百人", Kind::count, "10300", "count"},
        {"三万五千元", Kind::money, "35000", "CNY"},
        {"三万五元", Kind::money, "35000", "CNY"},
        {"一万三人", Kind::count, "13000", "count"},
        {"十二项", Kind::count, "12", "count"},
        {"二十个", Kind::count, "20", "count"},
        {"两百五十家", Kind::count, "250", "count"},
        {"廿三名", Kind::count, "23", "count"},
        {"二〇二四年", Kind::year, "2024", ""},
        {"三点五倍", Kind::ratio, "3.5", "x"},
        {"零点零零一米", Kind::measure, "0.001", "m"},
        {"壹佰贰拾元", Kind::money, "120", "CNY"},
        {"叁万元", Kind::money, "30000", "CNY"},
        {"兩萬人", Kind::count, "20000", "count"},
        {"五億元", Kind::money, "500000000", "CNY"},
        {"三兆元", Kind::money, "3000000000000", "CNY"},  // 兆 as a magnitude
        {"一万亿元", Kind::money, "1000000000000", "CNY"},
        {"三亿五千万元", Kind::money, "350000000", "CNY"},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("兆 before an SI unit is mega, not 10^12") {
    const Expect rows[] = {
        {"300兆瓦", Kind::measure, "300", "MW"},
        {"50兆电子伏特", Kind::measure, "50", "MeV"},
        {"20兆字节", Kind::measure, "20", "MB"},
        {"300兆瓦级", Kind::measure, "300", "MW", Qualifier::approx},
        {"5千米", Kind::measure, "5", "km"},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("Parts: percent words, fractions, tenths, percentage points") {
    const Expect rows[] = {
        {"百分之四十", Kind::percent, "40", "%"},
        {"百分之一点五七", Kind::percent, "1.57", "%"},  // exactly 1.57, no float on the way
        {"千分之五", Kind::percent, "0.5", "%"},
        {"万分之四", Kind::percent, "0.04", "%"},
        {"5‰", Kind::percent, "0.5", "%"},
        {"四成", Kind::percent, "40", "%"},
        {"近四成", Kind::percent, "40", "%", Qualifier::under, nullptr, "40"},
        {"2.5个百分点", Kind::percent, "2.5", "pp"},
        {"三分之一", Kind::number, "0.333333333333", "", Qualifier::approx},
        {"四分之一", Kind::number, "0.25", ""},
        // Fractions take the hedges a figure takes.
        {"近三分之二", Kind::number, "0.666666666667", "", Qualifier::under, nullptr, "0.666666666667"},
        {"五分之一以上", Kind::number, "0.2", "", Qualifier::at_least, "0.2"},
        {"超过四分之一", Kind::number, "0.25", "", Qualifier::over, "0.25"},
        {"约三分之一", Kind::number, "0.333333333333", "", Qualifier::approx},
        // The same with digits and a slash.
        {"1/3", Kind::number, "0.333333333333", "", Qualifier::approx},
        {"1/4", Kind::number, "0.25", ""},
        // A bound set by a hedge around a fraction that is no finite decimal is rounded outward, so
        // it never cuts off the fraction itself.
        {"超过2/3", Kind::number, "0.666666666667", "", Qualifier::over, "0.666666666666"},
        {"三分之二以上", Kind::number, "0.666666666667", "", Qualifier::at_least, "0.666666666666"},
        {"近三分之一", Kind::number, "0.333333333333", "", Qualifier::under, nullptr, "0.333333333334"},
        {"不到1/3", Kind::number, "0.333333333333", "", Qualifier::under, nullptr, "0.333333333334"},
        {"1/3以上", Kind::number, "0.333333333333", "", Qualifier::at_least, "0.333333333333"},
        {"不超过四分之三", Kind::number, "0.75", "", Qualifier::at_most, nullptr, "0.75"},
        {"1/5以上", Kind::number, "0.2", "", Qualifier::at_least, "0.2"},
        // Proportions with a ratio sign or a colon: first ÷ second, as a ratio.
        {"2.06∶1", Kind::ratio, "2.06", "x"},
        {"2.06:1", Kind::ratio, "2.06", "x"},
        {"2.06：1", Kind::ratio, "2.06", "x"},
        {"1:1", Kind::ratio, "1", "x"},
        {"3∶4", Kind::ratio, "0.75", "x"},
        {"1:1.5", Kind::ratio, "0.666666666667", "x", Qualifier::approx},
    };
    for (const auto& row : rows) check(row);
    // A composition of three terms has no single value; 1:0 none at all.
    CHECK_FALSE(parse("0.2∶14.9∶84.9"));
    CHECK_FALSE(parse("1:0"));
}

TEST_CASE("Hedges before and after the number, with their bounds") {
    const Expect rows[] = {
        {"超 610\n\n亿元", Kind::money, "61000000000", "CNY", Qualifier::over, "61000000000"},
        {"超过810亿元", Kind::money, "81000000000", "CNY", Qualifier::over, "81000000000"},
        {"逾百家", Kind::count, "100", "count", Qualifier::over, "100"},
        {"突破1万人", Kind::count, "10000", "count", Qualifier::over, "10000"},
        {"近100项", Kind::count, "100", "count", Qualifier::under, nullptr, "100"},
        {"将近300家", Kind::count, "300", "count", Qualifier::under, nullptr, "300"},
        {"接近五成", Kind::percent, "50", "%", Qualifier::under, nullptr, "50"},
        {"不到5分钟", Kind::duration, "5", "min", Qualifier::under, nullptr, "5"},
        {"不足 5年", Kind::duration, "5", "a", Qualifier::under, nullptr, "5"},
        {"约673.17亿元", Kind::money, "67317000000", "CNY", Qualifier::approx},
        {"大约20人", Kind::count, "20", "count", Qualifier::approx},
        {"16%左右", Kind::percent, "16", "%", Qualifier::approx},
        {"1小时左右", Kind::duration, "1", "h", Qualifier::approx},
        {"30岁上下", Kind::number, "30", "", Qualifier::approx},
        {"6.5%以上", Kind::percent, "6.5", "%", Qualifier::at_least, "6.5"},
        {"至少3家", Kind::count, "3", "count", Qualifier::at_least, "3"},
        {"不少于50项", Kind::count, "50", "count", Qualifier::at_least, "50"},
        {"不低于2%", Kind::percent, "2", "%", Qualifier::at_least, "2"},
        {"5吨以下", Kind::measure, "5", "t", Qualifier::at_most, nullptr, "5"},
        {"最多10人", Kind::count, "10", "count", Qualifier::at_most, nullptr, "10"},
        {"不超过3%", Kind::percent, "3", "%", Qualifier::at_most, nullptr, "3"},
        // A plus after the number: so many or more.
        {"10万+", Kind::number, "100000", "", Qualifier::at_least, "100000"},
        {"500+", Kind::number, "500", "", Qualifier::at_least, "500"},
        {"500+家", Kind::count, "500", "count", Qualifier::at_least, "500"},
        {"10万+人次", Kind::count, "100000", "count", Qualifier::at_least, "100000"},
        {"1000+场", Kind::count, "1000", "count", Qualifier::at_least, "1000"},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("多 and 余: more than a round number, up to the next one") {
    const Expect rows[] = {
        {"3000多项", Kind::count, "3000", "count", Qualifier::more_than_round, "3000", "4000"},
        {"3100余项", Kind::count, "3100", "count", Qualifier::more_than_round, "3100", "3200"},
        {"5万余个", Kind::count, "50000", "count", Qualifier::more_than_round, "50000", "60000"},
        {"8亿多元", Kind::money, "800000000", "CNY", Qualifier::more_than_round, "800000000", "900000000"},
        {"1.5万多个", Kind::count, "15000", "count", Qualifier::more_than_round, "15000", "16000"},
        {"40 多 个", Kind::count, "40", "count", Qualifier::more_than_round, "40", "50"},
        {"1160余名", Kind::count, "1160", "count", Qualifier::more_than_round, "1160", "1170"},
        {"百余位", Kind::count, "100", "count", Qualifier::more_than_round, "100", "200"},
        {"万余个", Kind::count, "10000", "count", Qualifier::more_than_round, "10000", "20000"},
        {"1000多万元", Kind::money, "10000000", "CNY", Qualifier::more_than_round, "10000000", "20000000"},
        {"将近120多个", Kind::count, "120", "count", Qualifier::approx},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("Approximate words 数, 几, 上, and adjacent numerals as ranges") {
    const Expect rows[] = {
        {"数十亿元", Kind::money, "2000000000", "CNY", Qualifier::approx, "2000000000", "9000000000"},
        {"十几万人", Kind::count, "100000", "count", Qualifier::more_than_round, "100000", "200000"},
        {"二十几个", Kind::count, "20", "count", Qualifier::more_than_round, "20", "30"},
        {"上万人", Kind::count, "10000", "count", Qualifier::approx, "10000", "100000"},
        {"两三个", Kind::count, "2", "count", Qualifier::range, "2", "3"},
        {"八九亿元", Kind::money, "800000000", "CNY", Qualifier::range, "800000000", "900000000"},
        {"三四岁", Kind::number, "3", "", Qualifier::range, "3", "4"},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("Ranges with every connector, unit once or on both ends") {
    const Expect rows[] = {
        {"70%-80%", Kind::percent, "70", "%", Qualifier::range, "70", "80"},
        {"70%—80%", Kind::percent, "70", "%", Qualifier::range, "70", "80"},
        {"70–80%", Kind::percent, "70", "%", Qualifier::range, "70", "80"},
        {"3~5家", Kind::count, "3", "count", Qualifier::range, "3", "5"},
        {"3～5家", Kind::count, "3", "count", Qualifier::range, "3", "5"},
        {"3至5亿元", Kind::money, "300000000", "CNY", Qualifier::range, "300000000", "500000000"},
        {"3到5个", Kind::count, "3", "count", Qualifier::range, "3", "5"},
        {"100倍至1万倍", Kind::ratio, "100", "x", Qualifier::range, "100", "10000"},
        {"两到三万", Kind::number, "20000", "", Qualifier::range, "20000", "30000"},
        {"2024—2027 年", Kind::period, "2024/2027", "", Qualifier::range, "2024", "2027"},
        // A share written in words on both ends, or once.
        {"百分之三到百分之五", Kind::percent, "3", "%", Qualifier::range, "3", "5"},
        {"百分之三到五", Kind::percent, "3", "%", Qualifier::range, "3", "5"},
        // Below zero: the range runs from the colder end.
        {"零下5至10摄氏度", Kind::measure, "-5", "degC", Qualifier::range, "-10", "-5"},
    };
    for (const auto& row : rows) check(row);
    // Shares of different bases are two figures, not one range.
    CHECK_FALSE(parse("百分之三到千分之五"));
    CHECK_FALSE(parse("零下5亿元"));
    CHECK(parse("零下3.5℃")->value_text() == "-3.5");
}

TEST_CASE("Units: money, counts, ratios, measures, rates") {
    const Expect rows[] = {
        {"5块钱", Kind::money, "5", "CNY"},
        {"人民币50元", Kind::money, "50", "CNY"},
        {"100亿美元", Kind::money, "10000000000", "USD"},
        {"3亿欧元", Kind::money, "300000000", "EUR"},
        {"20港元", Kind::money, "20", "HKD"},
        {"500日元", Kind::money, "500", "JPY"},
        // Dimes and cents after whole yuan.
        {"5元5角", Kind::money, "5.5", "CNY"},
        {"3元5角2分", Kind::money, "3.52", "CNY"},
        {"十元零五分", Kind::money, "10.05", "CNY"},
        {"两元两角", Kind::money, "2.2", "CNY"},
        {"8英镑", Kind::money, "8", "GBP"},
        {"1.9倍", Kind::ratio, "1.9", "x"},
        {"3倍多", Kind::ratio, "3", "x", Qualifier::more_than_round, "3", "4"},
        {"两成多", Kind::percent, "20", "%", Qualifier::more_than_round, "20", "30"},
        {"三成多", Kind::percent, "30", "%", Qualifier::more_than_round, "30", "40"},
        {"一倍多", Kind::ratio, "1", "x", Qualifier::more_than_round, "1", "2"},
        {"千亿元级", Kind::money, "100000000000", "CNY", Qualifier::approx},
        {"300亿元级", Kind::money, "30000000000", "CNY", Qualifier::approx},
        {"翻倍", Kind::ratio, "2", "x"},
        {"翻番", Kind::ratio, "2", "x"},
        {"翻一番", Kind::ratio, "2", "x"},
        {"翻两番", Kind::ratio, "4", "x"},
        {"翻了一番", Kind::ratio, "2", "x"},
        {"翻了两番", Kind::ratio, "4", "x"},
        {"翻一番多", Kind::ratio, "2", "x", Qualifier::more_than_round, "2", "3"},
        {"57.2亿吨标准煤", Kind::measure, "5720000000", "tce"},
        {"247713亿吨公里", Kind::measure, "24771300000000", "t·km"},
        {"12000米", Kind::measure, "12000", "m"},
        {"0.4平方公里", Kind::measure, "0.4", "km2"},
        {"约66万平方米", Kind::measure, "660000", "m2", Qualifier::approx},
        {"30微米", Kind::measure, "30", "um"},
        {"7纳米", Kind::measure, "7", "nm"},
        {"387万亩", Kind::measure, "3870000", "mu"},
        {"20公顷", Kind::measure, "20", "ha"},
        {"3吨", Kind::measure, "3", "t"},
        {"5千克", Kind::measure, "5", "kg"},
        {"10公斤", Kind::measure, "10", "kg"},
        {"100千瓦", Kind::measure, "100", "kW"},
        {"2亿千瓦时", Kind::measure, "200000000", "kWh"},
        {"39摄氏度", Kind::measure, "39", "degC"},
        {"3小时", Kind::duration, "3", "h"},
        {"45分钟", Kind::duration, "45", "min"},
        {"7天", Kind::duration, "7", "d"},
        {"3年", Kind::duration, "3", "a"},
        {"18岁", Kind::number, "18", ""},
        {"200强", Kind::number, "200", ""},
    };
    for (const auto& row : rows) check(row);

    auto rate = parse("18.5万元/人");
    REQUIRE(rate);
    CHECK(rate->kind == Kind::money);
    CHECK(rate->value_text() == "185000");
    CHECK(rate->per == "人");
    CHECK(rate->multiplier == 4);
    auto price = parse("3000元/吨");
    REQUIRE(price);
    CHECK(price->per == "吨");
    auto speed = parse("350公里/小时");
    REQUIRE(speed);
    CHECK(speed->unit == "km");
    CHECK(speed->per == "小时");

    // Densities and intensities of statistical bulletins.
    const struct {
        const char* input;
        const char* unit;
        const char* per;
    } densities[] = {
        {"32微克/立方米", "ug", "立方米"},
        {"300瓦时/千克", "Wh", "千克"},
        {"1300人/平方公里", "count", "平方公里"},
        {"218.3件/万人", "count", "万人"},
        {"1.2万元/辆", "CNY", "辆"},
    };
    for (const auto& row : densities) {
        const std::string input = row.input;
        CAPTURE(input);
        auto q = parse(row.input);
        REQUIRE(q);
        CHECK(q->unit == row.unit);
        CHECK(q->per == row.per);
    }
}

TEST_CASE("Counts keep their classifier and multiplier") {
    const struct {
        const char* input;
        const char* classifier;
        int multiplier;
    } rows[] = {
        {"231 个", "个", 0}, {"50 项", "项", 0}, {"219家", "家", 0}, {"5000余名", "名", 0},
        {"37所", "所", 0}, {"59 场", "场", 0}, {"23.19亿人次", "人次", 8}, {"6届", "届", 0},
        {"127条", "条", 0}, {"218件", "件", 0}, {"2.3万个", "个", 4}, {"近千项", "项", 3},
        {"百余位", "位", 2}, {"4 大\n\n类", "大类", 0}, {"八部门", "部门", 0},
    };
    for (const auto& row : rows) {
        const std::string input = row.input;
        CAPTURE(input);
        auto q = parse(row.input);
        REQUIRE(q);
        CHECK(q->kind == Kind::count);
        CHECK(q->classifier == row.classifier);
        CHECK(q->multiplier == row.multiplier);
    }
}

TEST_CASE("Time expressions") {
    const Expect rows[] = {
        {"2024年", Kind::year, "2024", ""},
        {"2024", Kind::year, "2024", ""},
        {"4 月 25 日", Kind::date, "--04-25", ""},
        {"2023年8月", Kind::date, "2023-08", ""},
        {"2024年4月25日", Kind::date, "2024-04-25", ""},
        {"2024-04-30", Kind::date, "2024-04-30", ""},
        {"2024/4/30", Kind::date, "2024-04-30", ""},
        {"2024.04.30", Kind::date, "2024-04-30", ""},
        {"2024/4", Kind::date, "2024-04", ""},
        {"04月25日", Kind::date, "--04-25", ""},
        {"4月25日至29日", Kind::date, "--04-25", "", Qualifier::range, "--04-25", "--04-29"},
        {"4月27-29日", Kind::date, "--04-27", "", Qualifier::range, "--04-27", "--04-29"},
        {"2024年12月30日至1月2日", Kind::date, "2024-12-30", "", Qualifier::range, "2024-12-30", "2025-01-02"},
        // From a month to a day: the start keeps its month precision.
        {"2024年4月至5月2日", Kind::date, "2024-04", "", Qualifier::range, "2024-04", "2024-05-02"},
        {"2024—2027年", Kind::period, "2024/2027", "", Qualifier::range, "2024", "2027"},
        {"十年来", Kind::duration, "10", "a"},
        {"4年以来", Kind::duration, "4", "a"},
        {"一年多来", Kind::duration, "1", "a", Qualifier::more_than_round, "1", "2"},
        {"十周年", Kind::duration, "10", "a"},
        {"5分钟", Kind::duration, "5", "min"},
        {"一季度", Kind::date, "--01", "", Qualifier::range, "--01", "--03"},
        {"第三季度", Kind::date, "--07", "", Qualifier::range, "--07", "--09"},
        {"前三季度", Kind::date, "--01", "", Qualifier::range, "--01", "--09"},
        // A written year belongs to the quarter or half year after it.
        {"2024年一季度", Kind::date, "2024-01", "", Qualifier::range, "2024-01", "2024-03"},
        {"2024年第四季度", Kind::date, "2024-10", "", Qualifier::range, "2024-10", "2024-12"},
        {"2023年上半年", Kind::date, "2023-01", "", Qualifier::range, "2023-01", "2023-06"},
        {"2023年前三季度", Kind::date, "2023-01", "", Qualifier::range, "2023-01", "2023-09"},
        {"二至四季度", Kind::date, "--04", "", Qualifier::range, "--04", "--12"},
        {"1-3季度", Kind::date, "--01", "", Qualifier::range, "--01", "--09"},
        {"第一至第三季度", Kind::date, "--01", "", Qualifier::range, "--01", "--09"},
        // A run of months is one date range, never the numbers 1 to 10.
        {"1-10月", Kind::date, "--01", "", Qualifier::range, "--01", "--10"},
        {"1—10月", Kind::date, "--01", "", Qualifier::range, "--01", "--10"},
        {"1至10月", Kind::date, "--01", "", Qualifier::range, "--01", "--10"},
        {"1月至10月", Kind::date, "--01", "", Qualifier::range, "--01", "--10"},
        {"1-10月份", Kind::date, "--01", "", Qualifier::range, "--01", "--10"},
        {"一至三月", Kind::date, "--01", "", Qualifier::range, "--01", "--03"},
        {"2024年1-10月", Kind::date, "2024-01", "", Qualifier::range, "2024-01", "2024-10"},
        {"2023年11月至2024年2月", Kind::date, "2023-11", "", Qualifier::range, "2023-11", "2024-02"},
        {"2023年11月至2月", Kind::date, "2023-11", "", Qualifier::range, "2023-11", "2024-02"},
        {"10月份", Kind::date, "--10", ""},
    };
    for (const auto& row : rows) check(row);
}

TEST_CASE("Ordinals are their own kind, never counts") {
    const struct {
        const char* input;
        const char* value;
    } rows[] = {
        {"第七届", "7"}, {"第三代", "3"}, {"第一", "1"}, {"第一个", "1"}, {"第四次", "4"},
        {"第二百五十", "250"}, {"第3万", "30000"}, {"第12", "12"},
    };
    for (const auto& row : rows) {
        const std::string input = row.input;
        CAPTURE(input);
        auto q = parse(row.input);
        REQUIRE(q);
        CHECK(q->kind == Kind::ordinal);
        CHECK(q->value_text() == row.value);
        CHECK(q->classifier.empty());
    }
}

TEST_CASE("Errors say what is wrong and where") {
    auto empty = parse("   ");
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.find("empty") != std::string::npos);

    auto words = parse("中关村论坛");
    REQUIRE_FALSE(words);
    CHECK(words.error().offset == 0);

    auto trailing = parse("610亿元的签约");
    REQUIRE_FALSE(trailing);
    CHECK(trailing.error().offset == std::string("610亿元").size());
    CHECK(trailing.error().message.find("的签约") != std::string::npos);

    // Beyond what an exact decimal holds: an error, never a wrapped or rounded number.
    auto huge = parse("9999999999999999999999999999999亿元");
    REQUIRE_FALSE(huge);
    CHECK(huge.error().message.find("too") != std::string::npos);
    auto digits = parse(std::string(10000, '7') + "元");
    REQUIRE_FALSE(digits);

    auto invalid = parse("\xff\xfe 5元");
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().offset == 0);
}

TEST_CASE("Quantities print through fmt") {
    auto q = parse("超 610 亿元");
    REQUIRE(q);
    const std::string text = fmt::format("{}", *q);
    CHECK(text.find("61000000000") != std::string::npos);
    CHECK(text.find("CNY") != std::string::npos);
}
