#include "recognize/lexicon.hpp"

#include <array>

namespace zgcfacts::lexicon {

namespace {

using enum Qualifier;

constexpr QualifierWord prefix_table[] = {
    {"超过", over}, {"超", over}, {"逾", over}, {"突破", over}, {"过", over}, {"高于", over},
    {"多于", over}, {"大于", over},
    {"将近", under}, {"接近", under}, {"近", under}, {"不到", under}, {"不足", under},
    {"低于", under}, {"少于", under}, {"小于", under}, {"未满", under}, {"不满", under},
    {"约", approx}, {"大约", approx}, {"大概", approx}, {"近似", approx}, {"约合", approx},
    {"差不多", approx}, {"上", approx},  // 上万人: tens of thousands (bounds in normalize)
    {"至少", at_least}, {"不少于", at_least}, {"不低于", at_least}, {"最少", at_least},
    {"不下", at_least},
    {"不小于", at_least}, {"大于等于", at_least}, {"大于或等于", at_least},
    {"不大于", at_most}, {"小于等于", at_most}, {"小于或等于", at_most},
    {"最多", at_most}, {"不超过", at_most}, {"不高于", at_most}, {"至多", at_most},
    {"不多于", at_most}, {"最高", at_most},
};

constexpr QualifierWord suffix_table[] = {
    {"以上", at_least}, {"之上", at_least}, {"及以上", at_least},
    {"以下", at_most}, {"以内", at_most}, {"之内", at_most}, {"及以下", at_most},
    {"左右", approx}, {"上下", approx}, {"许", approx}, {"级", approx},
};

using enum UnitClass;

// Classifiers (量词) that count things. 块 is not here: it is money (5块钱) or a count (3块屏幕)
// and normalization decides from what follows.
constexpr Unit unit_table[] = {
    // money
    {"元", money, "CNY"}, {"块钱", money, "CNY"}, {"元人民币", money, "CNY"},
    {"人民币", money, "CNY"}, {"美元", money, "USD"}, {"美金", money, "USD"},
    {"欧元", money, "EUR"}, {"港元", money, "HKD"}, {"港币", money, "HKD"},
    {"日元", money, "JPY"}, {"英镑", money, "GBP"}, {"韩元", money, "KRW"},
    {"卢布", money, "RUB"}, {"澳元", money, "AUD"}, {"加元", money, "CAD"},
    {"瑞士法郎", money, "CHF"}, {"法郎", money, "CHF"}, {"新台币", money, "TWD"},
    {"新加坡元", money, "SGD"}, {"印度卢比", money, "INR"}, {"卢比", money, "INR"},
    {"台币", money, "TWD"}, {"美圆", money, "USD"}, {"奈拉", money, "NGN"}, {"比特币", money, "BTC"},
    {"元钱", money, "CNY"}, {"圆", money, "CNY"},
    // counts
    {"个", classifier, "个"}, {"项", classifier, "项"}, {"家", classifier, "家"},
    {"人", classifier, "人"}, {"名", classifier, "名"}, {"位", classifier, "位"},
    {"件", classifier, "件"}, {"所", classifier, "所"}, {"场", classifier, "场"},
    {"次", classifier, "次"}, {"人次", classifier, "人次"}, {"家次", classifier, "家次"},
    {"届", classifier, "届"}, {"座", classifier, "座"}, {"台", classifier, "台"},
    {"辆", classifier, "辆"}, {"套", classifier, "套"}, {"条", classifier, "条"},
    {"篇", classifier, "篇"}, {"部", classifier, "部"}, {"部门", classifier, "部门"}, {"种", classifier, "种"},
    {"类", classifier, "类"}, {"批", classifier, "批"}, {"款", classifier, "款"},
    {"户", classifier, "户"}, {"只", classifier, "只"}, {"张", classifier, "张"},
    {"本", classifier, "本"}, {"支", classifier, "支"}, {"股", classifier, "股"},
    {"份", classifier, "份"}, {"间", classifier, "间"}, {"层", classifier, "层"},
    {"栋", classifier, "栋"}, {"幢", classifier, "幢"}, {"处", classifier, "处"},
    {"片", classifier, "片"}, {"枚", classifier, "枚"}, {"颗", classifier, "颗"},
    {"门", classifier, "门"}, {"幅", classifier, "幅"}, {"首", classifier, "首"},
    {"架", classifier, "架"}, {"艘", classifier, "艘"}, {"棵", classifier, "棵"},
    {"头", classifier, "头"}, {"匹", classifier, "匹"},
    {"轮", classifier, "轮"}, {"例", classifier, "例"}, {"宗", classifier, "宗"},
    {"笔", classifier, "笔"}, {"单", classifier, "单"}, {"册", classifier, "册"},
    {"块", classifier, "块"}, {"节", classifier, "节"}, {"双", classifier, "双"}, {"雙", classifier, "雙"}, {"個", classifier, "個"},
    {"组", classifier, "组"}, {"队", classifier, "队"}, {"国", classifier, "国"},
    {"列", classifier, "列"}, {"标箱", classifier, "标箱"}, {"架次", classifier, "架次"},
    {"车次", classifier, "车次"}, {"班次", classifier, "班次"}, {"航次", classifier, "航次"},
    {"台套", classifier, "台套"}, {"项次", classifier, "项次"},
    {"省", classifier, "省"}, {"市", classifier, "市"}, {"县", classifier, "县"},
    {"村", classifier, "村"}, {"区", classifier, "区"}, {"地", classifier, "地"},
    {"大类", set_of, "大类"}, {"大", set_of, "大"},
    // shares and ratios
    {"%", percent, "%"}, {"‰", per_mille, "%"}, {"成", tenths, "%"}, {"折", discount, "%"},
    {"个百分点", points, "pp"}, {"百分点", points, "pp"}, {"個百分點", points, "pp"}, {"百分點", points, "pp"},
    {"倍", times, "x"},
    // measures
    {"米", measure, "m"}, {"千米", measure, "km"}, {"公里", measure, "km"},
    {"厘米", measure, "cm"}, {"公分", measure, "cm"}, {"毫米", measure, "mm"}, {"微米", measure, "um"},
    {"纳米", measure, "nm"}, {"英里", measure, "mi"}, {"海里", measure, "nmi"},
    {"平方米", measure, "m2"}, {"平米", measure, "m2"}, {"平方公里", measure, "km2"},
    {"平方千米", measure, "km2"}, {"平方厘米", measure, "cm2"}, {"亩", measure, "mu"},
    {"公顷", measure, "ha"}, {"立方米", measure, "m3"},
    {"升", measure, "L"}, {"毫升", measure, "mL"},
    // 吨标准煤: tonnes of coal equivalent; 吨公里: freight turnover, tonnes carried one kilometre.
    {"吨标准煤", measure, "tce"}, {"吨公里", measure, "t·km"},
    {"吨", measure, "t"}, {"千克", measure, "kg"}, {"公斤", measure, "kg"},
    {"克", measure, "g"}, {"毫克", measure, "mg"}, {"微克", measure, "ug"}, {"斤", measure, "jin"},
    {"瓦", measure, "W"}, {"千瓦", measure, "kW"}, {"兆瓦", measure, "MW"},
    {"吉瓦", measure, "GW"}, {"千瓦时", measure, "kWh"}, {"度电", measure, "kWh"},
    {"兆瓦时", measure, "MWh"}, {"瓦时", measure, "Wh"}, {"毫安时", measure, "mAh"}, {"吉瓦时", measure, "GWh"},
    {"伏", measure, "V"}, {"千伏", measure, "kV"},
    {"电子伏特", measure, "eV"}, {"兆电子伏特", measure, "MeV"},
    {"吉电子伏特", measure, "GeV"}, {"赫兹", measure, "Hz"}, {"兆赫兹", measure, "MHz"},
    {"兆赫", measure, "MHz"}, {"吉赫兹", measure, "GHz"},
    {"字节", measure, "B"}, {"兆字节", measure, "MB"}, {"千字节", measure, "kB"},
    {"摄氏度", measure, "degC"}, {"℃", measure, "degC"}, {"千卡", measure, "kcal"},
    {"焦耳", measure, "J"}, {"帕", measure, "Pa"},
    {"标准箱", measure, "TEU"}, {"千米每小时", measure, "km/h"},
    {"km", measure, "km"}, {"cm", measure, "cm"}, {"mm", measure, "mm"}, {"m", measure, "m"},
    {"KM", measure, "km"}, {"CM", measure, "cm"}, {"m2", measure, "m2"}, {"㎡", measure, "m2"},
    {"kg", measure, "kg"}, {"MW", measure, "MW"}, {"GW", measure, "GW"},
    {"kW", measure, "kW"}, {"nm", measure, "nm"}, {"GB", measure, "GB"}, {"TB", measure, "TB"},
    {"MB", measure, "MB"}, {"GHz", measure, "GHz"}, {"MHz", measure, "MHz"},
    // durations (年 after a four-digit year makes a year instead)
    {"年", duration, "a"}, {"周年", duration, "a"}, {"个年头", duration, "a"},
    {"个月", duration, "mo"}, {"个多月", duration, "mo"},
    {"周", duration, "wk"}, {"个星期", duration, "wk"}, {"星期", duration, "wk"},
    {"天", duration, "d"}, {"个工作日", duration, "d"}, {"工作日", duration, "d"},
    {"小时", duration, "h"}, {"个小时", duration, "h"}, {"分钟", duration, "min"},
    {"秒", duration, "s"}, {"秒钟", duration, "s"}, {"毫秒", duration, "ms"},
    // numbers with a word
    {"岁", age, ""}, {"周岁", age, ""}, {"强", rank, ""},
};

constexpr Unit per_unit_table[] = {
    {"人", classifier, "人"}, {"年", duration, "a"}, {"月", duration, "mo"},
    {"天", duration, "d"}, {"日", duration, "d"}, {"小时", duration, "h"}, {"秒", duration, "s"},
    // 吨标准煤: tonnes of coal equivalent; 吨公里: freight turnover, tonnes carried one kilometre.
    {"吨标准煤", measure, "tce"}, {"吨公里", measure, "t·km"},
    {"吨", measure, "t"}, {"千克", measure, "kg"}, {"公斤", measure, "kg"},
    {"平方米", measure, "m2"}, {"亩", measure, "mu"}, {"件", classifier, "件"},
    {"台", classifier, "台"}, {"个", classifier, "个"}, {"户", classifier, "户"},
    {"次", classifier, "次"}, {"千瓦时", measure, "kWh"}, {"度", measure, "kWh"},
    {"股", classifier, "股"}, {"桶", measure, "bbl"}, {"克", measure, "g"},
    {"升", measure, "L"}, {"h", duration, "h"}, {"s", duration, "s"},
    // Densities and intensities of statistical bulletins: 微克/立方米, 人/平方公里, 件/万人.
    {"立方米", measure, "m3"}, {"平方公里", measure, "km2"}, {"公里", measure, "km"},
    {"千米", measure, "km"}, {"米", measure, "m"}, {"公顷", measure, "ha"}, {"分钟", duration, "min"},
    {"万人", classifier, "万人"}, {"人次", classifier, "人次"}, {"家", classifier, "家"},
    {"辆", classifier, "辆"}, {"项", classifier, "项"}, {"标准箱", measure, "TEU"},
};

constexpr Unit currency_sign_table[] = {
    {"人民币", money, "CNY"}, {"¥", money, "CNY"}, {"￥", money, "CNY"}, {"$", money, "USD"},
    {"US$", money, "USD"}, {"€", money, "EUR"}, {"£", money, "GBP"}, {"HK$", money, "HKD"},
};

constexpr std::string_view connector_table[] = {
    "-", "—", "——", "–", "~", "～", "〜", "至", "到",
};

}  // namespace

std::span<const QualifierWord> prefix_qualifiers() { return prefix_table; }
std::span<const QualifierWord> suffix_qualifiers() { return suffix_table; }
std::span<const Unit> units() { return unit_table; }
std::span<const Unit> per_units() { return per_unit_table; }

bool same_unit(int a, int b) {
    const Unit& first = unit_table[static_cast<std::size_t>(a)];
    const Unit& second = unit_table[static_cast<std::size_t>(b)];
    return first.unit_class == second.unit_class && first.symbol == second.symbol;
}
std::span<const std::string_view> range_connectors() { return connector_table; }
std::span<const Unit> currency_signs() { return currency_sign_table; }

}  // namespace zgcfacts::lexicon
