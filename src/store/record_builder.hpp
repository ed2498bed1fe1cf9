// Builds a DocumentRecord by hand, without running analyze(): for importers of facts extracted
// elsewhere, and for tests of the store. Private.
//
//   zgcfacts::store::RecordBuilder doc("a.txt");
//   doc.sentence("论坛期间，累计签约129个合作项目，签约金额超过810亿元。")
//      .fact({.surface = "超过810亿元", .kind = zgcfacts::Kind::money, .value = "81000000000",
//             .qualifier = zgcfacts::Qualifier::over, .unit = "CNY", .lower = "81000000000",
//             .metric = "签约金额", .period = "2023"});
//   store.add(doc.build());
//
// Raw offsets equal clean offsets (the "raw" text is the cleaned one); the content hash covers the
// name and the text, so two builders with different names make different documents.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include "zgcfacts/store.hpp"

namespace zgcfacts::store {

struct FactSpec {
    std::string surface;  // must occur in the current sentence (its first occurrence is used)
    Kind kind = Kind::count;
    std::string value;
    Qualifier qualifier = Qualifier::exact;
    std::string unit;
    std::string lower;  // "" = none
    std::string upper;
    std::string classifier;
    Change change = Change::none;
    std::string base;
    int multiplier = 0;
    std::string metric;
    std::string period;
};

class RecordBuilder {
public:
    explicit RecordBuilder(std::string name, std::string date = "") {
        record_.info.name = std::move(name);
        record_.info.date = std::move(date);
    }

    RecordBuilder& title(std::string title) {
        record_.info.title = std::move(title);
        return *this;
    }
    RecordBuilder& reference_year(int year, bool inferred = false) {
        record_.reference_year = year;
        record_.reference_year_inferred = inferred;
        return *this;
    }

    /// Appends a sentence; following facts belong to it.
    RecordBuilder& sentence(std::string_view text) {
        SentenceRecord s;
        s.clean_start = s.raw_start = record_.clean_text.size();
        record_.clean_text += text;
        s.clean_end = s.raw_end = record_.clean_text.size();
        s.text = std::string(text);
        record_.sentences.push_back(std::move(s));
        return *this;
    }

    RecordBuilder& fact(const FactSpec& spec) {
        if (record_.sentences.empty()) throw std::logic_error("RecordBuilder: fact before any sentence");
        const SentenceRecord& s = record_.sentences.back();
        auto at = s.text.find(spec.surface);
        if (at == std::string::npos) throw std::logic_error("RecordBuilder: '" + spec.surface + "' not in the sentence");
        Fact f;
        f.mention.start = f.mention.clean_start = s.clean_start + at;
        f.mention.end = f.mention.clean_end = s.clean_start + at + spec.surface.size();
        f.mention.surface = spec.surface;
        Quantity& q = f.mention.quantity;
        q.kind = spec.kind;
        q.value = decimal(spec.value);
        if (!spec.lower.empty()) q.lower = decimal(spec.lower);
        if (!spec.upper.empty()) q.upper = decimal(spec.upper);
        q.qualifier = spec.qualifier;
        q.unit = spec.unit;
        q.multiplier = spec.multiplier;
        q.classifier = spec.classifier;
        q.change = spec.change;
        q.base = spec.base;
        f.metric = spec.metric;
        f.period = spec.period;
        f.sentence = record_.sentences.size() - 1;
        record_.facts.push_back(std::move(f));
        return *this;
    }

    DocumentRecord build() const {
        DocumentRecord out = record_;
        out.byte_size = out.clean_text.size();
        out.content_hash = content_hash(out.info.name + '\n' + out.clean_text);
        return out;
    }

private:
    static Decimal decimal(const std::string& text) {
        auto d = Decimal::parse(text);
        if (!d) throw std::logic_error("RecordBuilder: not a decimal: " + text);
        return *d;
    }

    DocumentRecord record_;
};

}  // namespace zgcfacts::store
