// zgcfacts::yoy_chart_svg: a bar per period, drawn so that a hedged figure never looks exact.
//
//   exact          a solid bar
//   about (约)     a lighter bar with a diamond marker at the value
//   over / at least (超, 以上)     a solid bar to the value, then an open end fading upwards
//   nearly / at most (近, 不超过)  a bar whose top fades out under a dashed cap at the value
//   -odd / range (3000多, 70%-80%) a solid bar to the lower bound and a box up to the upper one
//
// Presentation attributes rather than CSS classes, so the SVG also renders on its own (saved to a
// file, embedded elsewhere). Doubles are fine here: they only place pixels.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "report/html_escape.hpp"
#include "report/labels.hpp"
#include "report/sheet_parts.hpp"
#include "report/unit_words.hpp"
#include "store/render.hpp"
#include "zgcfacts/sheet.hpp"

namespace zgcfacts {

namespace {

constexpr const char* ink = "#2f6db5";
constexpr const char* accent = "#d9822b";
constexpr double margin_left = 68;
constexpr double margin_right = 16;
constexpr double margin_top = 44;   // chart title, then the figure above the tallest bar
constexpr double plot_height = 200;
constexpr double margin_bottom = 44;  // period and change under each bar
constexpr double legend_height = 26;

enum class Shape { solid, about, open_end, capped, range };

struct Bar {
    const YoyPoint* point = nullptr;
    Shape shape = Shape::solid;
    double value = 0;
    double low = 0;   // the solid part ends here for ranges, the box starts here
    double high = 0;  // the upper bound of a range
    std::string label;
    std::string change;
};

std::optional<double> real(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    auto d = Decimal::parse(*text);
    if (!d) return std::nullopt;
    return d->to_double();
}

Shape shape_of(Qualifier q, bool two_bounds) {
    switch (q) {
    case Qualifier::exact: return Shape::solid;
    case Qualifier::approx: return Shape::about;
    case Qualifier::over:
    case Qualifier::at_least: return Shape::open_end;
    case Qualifier::under:
    case Qualifier::at_most: return Shape::capped;
    case Qualifier::more_than_round:
    case Qualifier::range: return two_bounds ? Shape::range : Shape::solid;
    }
    return Shape::solid;
}

Bar make_bar(const YoyPoint& point, Language language) {
    Bar bar;
    bar.point = &point;
    bar.value = point.fact.value_real;
    const auto lower = real(point.fact.lower);
    const auto upper = real(point.fact.upper);
    bar.shape = shape_of(point.fact.qualifier, lower && upper);
    bar.low = lower.value_or(bar.value);
    bar.high = upper.value_or(bar.value);
    bar.label = say(point.fact, language);
    bar.change = describe_change(point);
    return bar;
}

/// 1, 2 or 5 × 10^k, about a quarter of the span.
double nice_step(double span) {
    const double raw = span / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/// Axis labels: 600亿 / 60bn, short enough for the margin.
std::string tick_text(double v, Language language, bool percent) {
    const double a = std::fabs(v);
    std::string out;
    if (language == Language::zh) {
        if (a >= 1e12) out = fmt::format("{:g}万亿", v / 1e12);
        else if (a >= 1e8) out = fmt::format("{:g}亿", v / 1e8);
        else if (a >= 1e4) out = fmt::format("{:g}万", v / 1e4);
        else out = fmt::format("{:g}", v);
    } else {
        if (a >= 1e12) out = fmt::format("{:g}tn", v / 1e12);
        else if (a >= 1e9) out = fmt::format("{:g}bn", v / 1e9);
        else if (a >= 1e6) out = fmt::format("{:g}m", v / 1e6);
        else if (a >= 1e4) out = fmt::format("{:g}k", v / 1e3);
        else out = fmt::format("{:g}", v);
    }
    return percent ? out + "%" : out;
}

/// A stable id prefix per series, so several charts on one page keep their gradients apart.
std::string id_prefix(const YoySeries& series) {
    std::uint32_t h = 2166136261u;  // FNV-1a
    for (unsigned char c : series.metric + "\x1f" + series.unit) h = (h ^ c) * 16777619u;
    return fmt::format("zg{:08x}", h);
}

/// "" for a yearly period, the start year for a cumulative one ("2017" for 2017/2024).
std::string series_start(const std::string& period) {
    const auto slash = period.find('/');
    return slash == std::string::npos ? "" : period.substr(0, slash);
}

double text_width(std::string_view text) { return static_cast<double>(render::display_width(text)) * 6.2; }

/// A 12-pixel sample of a shape for the legend.
std::string legend_glyph(Shape shape, const std::string& id) {
    switch (shape) {
    case Shape::solid:
        return fmt::format("<rect x=\"0\" y=\"-9\" width=\"12\" height=\"10\" fill=\"{}\" fill-opacity=\"0.85\"/>", ink);
    case Shape::about: return fmt::format("<path d=\"M6 -10 l5 5 l-5 5 l-5 -5 z\" fill=\"{}\"/>", accent);
    case Shape::open_end:
        return fmt::format("<rect x=\"0\" y=\"-9\" width=\"12\" height=\"10\" fill=\"url(#{}-fade)\"/>", id);
    case Shape::capped:
        return fmt::format("<line x1=\"0\" x2=\"12\" y1=\"-6\" y2=\"-6\" stroke=\"{}\" stroke-width=\"2\" "
                           "stroke-dasharray=\"4 3\"/>",
                           ink);
    case Shape::range:
        return fmt::format("<rect x=\"0\" y=\"-9\" width=\"12\" height=\"10\" fill=\"{0}\" fill-opacity=\"0.2\" "
                           "stroke=\"{0}\"/>",
                           ink);
    }
    return "";
}

}  // namespace

std::string yoy_chart_svg(const YoySeries& series, Language language) {
    if (series.points.empty()) return "";
    const report::Labels& words = report::labels(language);
    std::vector<Bar> bars;
    for (const auto& point : series.points) bars.push_back(make_bar(point, language));

    // The value range, with room for the open ends of "over" figures.
    double lo = 0, hi = 0;
    for (const auto& b : bars) {
        lo = std::min({lo, b.value, b.low});
        hi = std::max({hi, b.value, b.high});
    }
    if (hi == lo) hi = lo + 1;
    const double open_end = (hi - lo) * 0.15;
    for (const auto& b : bars)
        if (b.shape == Shape::open_end) hi = std::max(hi, b.value + open_end);
    const double step = nice_step(hi - lo);
    const double axis_lo = std::floor(lo / step) * step;
    const double axis_hi = std::ceil(hi / step) * step;

    std::set<Shape> shapes;
    for (const auto& b : bars) shapes.insert(b.shape);
    const std::vector<std::pair<Shape, std::string_view>> legend_entries{
        {Shape::solid, words.legend_exact}, {Shape::about, words.legend_about}, {Shape::open_end, words.legend_over},
        {Shape::capped, words.legend_under}, {Shape::range, words.legend_range}};
    auto legend_width = [](std::string_view text) { return 26 + text_width(text) * 10 / 11; };
    double legend_total = 8;
    for (const auto& [shape, text] : legend_entries)
        if (shapes.count(shape)) legend_total += legend_width(text);

    double slot = 96;
    for (const auto& b : bars) slot = std::max({slot, text_width(b.label) + 18, text_width(b.change) + 18});
    const double width =
        std::ceil(std::max(margin_left + slot * static_cast<double>(bars.size()) + margin_right, legend_total));
    const double height = margin_top + plot_height + margin_bottom + legend_height;
    const double plot_bottom = margin_top + plot_height;
    auto y = [&](double v) { return margin_top + (axis_hi - v) / (axis_hi - axis_lo) * plot_height; };
    const std::string id = id_prefix(series);
    const bool percent = series.unit == "%";
    const std::string unit_words = language == Language::en ? report::en_unit(series.unit, true) : report::zh_unit(series.unit);

    std::string out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"yoy-chart\" width=\"{0}\" height=\"{1}\" "
        "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-labelledby=\"{2}-title\" "
        "font-family=\"system-ui, 'Noto Sans CJK SC', 'PingFang SC', sans-serif\">\n",
        width, height, id);
    out += fmt::format("<title id=\"{}-title\">{}</title>\n", id, report::html_escape(series.metric));
    out += fmt::format(
        "<defs><linearGradient id=\"{0}-fade\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">"
        "<stop offset=\"0\" stop-color=\"{1}\" stop-opacity=\"0.85\"/>"
        "<stop offset=\"1\" stop-color=\"{1}\" stop-opacity=\"0\"/></linearGradient></defs>\n",
        id, ink);
    out += fmt::format("<text x=\"4\" y=\"16\" font-size=\"13\" font-weight=\"600\" fill=\"#222\">{}{}</text>\n",
                       report::html_escape(series.metric),
                       unit_words.empty() ? "" : report::html_escape(" (" + unit_words + ")"));

    // Grid and axis labels.
    for (double t = axis_lo; t <= axis_hi + step / 2; t += step) {
        const double ty = y(t);
        out += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#e3e3e3\"/>"
                           "<text x=\"{3}\" y=\"{4:.1f}\" font-size=\"10\" fill=\"#666\" text-anchor=\"end\">{5}</text>\n",
                           margin_left, width - margin_right, ty, margin_left - 6, ty + 3.5,
                           report::html_escape(tick_text(std::fabs(t) < step / 1e6 ? 0 : t, language, percent)));
    }

    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        // Yearly figures and each run of cumulative ones (2017/2023, 2017/2024) are separate series:
        // a dotted line between them says that no change is computed across it.
        if (i > 0 && series_start(bars[i - 1].point->period) != series_start(b.point->period)) {
            const double sx = margin_left + slot * static_cast<double>(i);
            out += fmt::format("<line class=\"series-break\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" "
                               "y2=\"{2:.1f}\" stroke=\"#bbb\" stroke-dasharray=\"2 3\"/>\n",
                               sx, margin_top - 10, plot_bottom + 36);
        }
        const double cx = margin_left + slot * (static_cast<double>(i) + 0.5);
        const double bw = std::min(56.0, slot * 0.5);
        const double x = cx - bw / 2;
        auto rect = [&](double from, double to, const std::string& paint) {
            const double top = std::min(y(from), y(to));
            return fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" {}/>", x, top, bw,
                               std::fabs(y(from) - y(to)), paint);
        };
        const std::string solid = fmt::format("fill=\"{}\" fill-opacity=\"0.85\"", ink);
        const StoredFact& f = b.point->fact;
        std::string tooltip = render::one_line(f.surface) + " — " + f.sentence + " (" + f.document_name + ")";
        out += fmt::format("<g class=\"bar\" data-qualifier=\"{}\"><title>{}</title>", to_string(f.qualifier),
                           report::html_escape(tooltip));
        double label_at = b.value;
        switch (b.shape) {
        case Shape::solid: out += rect(0, b.value, solid); break;
        case Shape::about:
            out += rect(0, b.value, fmt::format("fill=\"{}\" fill-opacity=\"0.5\"", ink));
            out += fmt::format("<path d=\"M{0:.1f} {1:.1f} l6 6 l-6 6 l-6 -6 z\" fill=\"{2}\" stroke=\"#fff\"/>", cx,
                               y(b.value) - 6, accent);
            break;
        case Shape::open_end:
            out += rect(0, b.value, solid);
            out += rect(b.value, b.value + open_end, fmt::format("fill=\"url(#{}-fade)\"", id));
            out += fmt::format("<path d=\"M{:.1f} {:.1f} l5 -6 l5 6\" fill=\"none\" stroke=\"{}\"/>", cx - 5,
                               y(b.value + open_end) - 2, ink);
            label_at = b.value + open_end;
            break;
        case Shape::capped: {
            const double faded = std::max(b.value - open_end, std::min(0.0, b.value));
            out += rect(0, faded, solid);
            out += rect(faded, b.value, fmt::format("fill=\"{}\" fill-opacity=\"0.3\"", ink));
            out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\" "
                               "stroke-width=\"2\" stroke-dasharray=\"4 3\"/>",
                               x - 4, x + bw + 4, y(b.value), ink);
            break;
        }
        case Shape::range:
            out += rect(0, b.low, solid);
            out += rect(b.low, b.high, fmt::format("fill=\"{0}\" fill-opacity=\"0.2\" stroke=\"{0}\"", ink));
            out += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" stroke=\"{3}\"/>", cx,
                               y(b.low), y(b.high), ink);
            label_at = b.high;
            break;
        }
        out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" fill=\"#222\" text-anchor=\"middle\">{}</text>",
                           cx, y(std::max(label_at, 0.0)) - (b.shape == Shape::open_end ? 14 : 8),
                           report::html_escape(b.label));
        out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" fill=\"#222\" text-anchor=\"middle\">{}</text>",
                           cx, plot_bottom + 16, report::html_escape(report::period_text(b.point->period)));
        if (!b.change.empty()) {
            const bool down = b.change.find("−") != std::string::npos;
            out += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"11\" fill=\"{}\" text-anchor=\"middle\">{}</text>",
                               cx, plot_bottom + 32, down ? "#b23b3b" : "#2e7d32", report::html_escape(b.change));
        }
        out += "</g>\n";
    }
    out += fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#888\"/>\n", margin_left,
                       width - margin_right, y(0));

    // Legend: only the shapes this chart uses.
    double lx = 4;
    const double ly = height - 10;
    for (const auto& [shape, text] : legend_entries) {
        if (!shapes.count(shape)) continue;
        out += fmt::format("<g class=\"legend\" transform=\"translate({:.1f} {:.1f})\">{}<text x=\"18\" y=\"0\" "
                           "font-size=\"10\" fill=\"#555\">{}</text></g>",
                           lx, ly, legend_glyph(shape, id), report::html_escape(text));
        lx += legend_width(text);
    }
    out += "\n</svg>\n";
    return out;
}

}  // namespace zgcfacts
