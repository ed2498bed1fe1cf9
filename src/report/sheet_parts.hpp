// Pieces every sheet format shares: the quote split around its figure, periods and sources as
// shown, the default title. Private to src/report.
//
//   auto quote = zgcfacts::report::split_quote(fact);   // before / figure / after
//   markdown += escape(quote.before) + "**" + escape(quote.figure) + "**" + escape(quote.after);
#pragma once

#include <cstdint>
#include <string>

#include "zgcfacts/sheet.hpp"

namespace zgcfacts::report {

/// The sentence around the figure. `figure` is empty (and `before` the whole sentence) when the
/// figure cannot be found in the cleaned sentence, e.g. when it was written in full-width digits.
struct QuoteParts {
    std::string before;
    std::string figure;
    std::string after;
};
QuoteParts split_quote(const StoredFact& fact);

/// "2024", "2017–2024", or "—" when the period is unknown.
std::string period_text(const std::string& period);

/// The document as a reader names it: its title, else the last part of its file name.
std::string document_label(const StoredDocument& document);
/// The source document of a fact or series point; nullptr if the sheet does not list it.
const StoredDocument* find_source(const Sheet& sheet, std::int64_t document_id);

/// "数据事实表 · 2024年" / "Fact sheet — period 2024" from the scope.
std::string default_title(const SheetScope& scope, const StoredDocument* document, Language language);

}  // namespace zgcfacts::report
