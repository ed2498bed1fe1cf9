// parse(): exactly one expression, with an error that says what is wrong and where.
#include "zgcfacts/scan.hpp"

#include "grammar/mention.hpp"
#include "recognize/change.hpp"
#include "recognize/context_reads.hpp"
#include "recognize/judge.hpp"
#include "recognize/normalize.hpp"

namespace zgcfacts {

Result<Quantity> parse(std::string_view expression) {
    auto text = clean(expression);
    if (!text) return text.error();
    const std::string& clean_text = text->text();
    if (clean_text.empty()) return Error{"empty expression: no number to read", 0};

    // 零下5℃: the grammar reads from the number, and 零下 is taken in afterwards, as scan() does.
    constexpr std::string_view below_zero = "零下";
    const std::size_t start = clean_text.starts_with(below_zero) ? below_zero.size() : 0;
    const char* first = clean_text.data() + start;
    const char* last = clean_text.data() + clean_text.size();
    grammar::ast::Mention tree;
    if (!grammar::parse_mention(first, last, tree))
        return Error{"no numeric expression at the start of '" + std::string(expression) + "'", text->raw_begin(0)};
    auto normalized = recognize::normalize(tree);
    if (normalized.error) {
        return Error{"cannot read '" + std::string(expression) + "': " + normalized.error->message,
                     text->raw_begin(0)};
    }
    if (!normalized.reading)
        return Error{"'" + std::string(expression) + "' is not a figure that can be normalized", text->raw_begin(0)};
    Quantity q = std::move(normalized.reading->quantity);
    if (q.kind == Kind::date && q.date.month == 0)
        return Error{"'" + std::string(expression) + "' names days without their month, which only the text before can tell",
                     text->raw_begin(0)};
    std::size_t end = static_cast<std::size_t>(first - clean_text.data());
    end = recognize::extend_duration(clean_text, end, q);
    end = recognize::extend_jiao_fen(clean_text, end, q);
    if (start != 0 && recognize::extend_below_zero(clean_text, start, 0, q) != 0)
        return Error{"'零下' (below zero) goes with a temperature only: '" + std::string(expression) + "'",
                     text->raw_begin(0)};
    if (end != clean_text.size()) {
        const std::size_t raw_offset = text->raw_begin(end);
        return Error{"unexpected text after the expression: '" + std::string(expression.substr(raw_offset)) + "'",
                     raw_offset};
    }
    return q;
}

}  // namespace zgcfacts
