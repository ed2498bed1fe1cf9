// Corroboration: figures for the same thing from different sentences, checked against each other.
//
// 1. Figures (not rates of change) with a metric and a period are split by (period, kind, unit).
// 2. Within each split, metric labels are joined when one ends with the other after normalization
//    (whitespace dropped, ASCII lower-cased): the head noun of a Chinese noun phrase comes last, so
//    重大科技成果 is a kind of 科技成果, while 项目签约 is not a kind of 项目. A label of one or two
//    characters (项目, 企业, 成果) says too little to join many: it joins a longer label only when it
//    would join exactly one (项目 with 前沿科技项目 alone), else it stays a group of its own — or 企业
//    would pull 参赛企业, 独角兽企业 and 科技型企业 into one group and call their figures contradictory.
//    The joined labels form a group when its figures come from at least two sentences.
// 3. Each figure becomes an interval (interval.hpp, approx ±5%). The largest set of figures sharing
//    a number is the consensus cluster; the rest are clustered the same way, and every further
//    cluster disagrees with the first; it contradicts it when it holds a figure from another
//    document (CorroborationGroup::contradicts). 3164个, 3100余项 (3100, 3200) and 3000多个
//    (3000, 4000) share 3164; a figure of 2000 would form a second cluster.
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "store/interval.hpp"
#include "store/store_impl.hpp"

namespace zgcfacts {

namespace {

struct Figure {
    StoredFact fact;
    Interval interval;
};

std::string normalize_label(std::string_view label) {
    std::string out;
    for (char c : label) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

/// A position on the number line where intervals may start or end: a value, or just below / just
/// above it, or an infinity. An interval [L, U] in these keys contains exactly the numbers it should,
/// with open bounds becoming "just above L" / "just below U".
struct Key {
    int infinity = 0;  // -1, 0, +1
    Decimal value;
    int side = 0;      // -1 just below, 0 at, +1 just above
    friend bool operator<(const Key& a, const Key& b) {
        if (a.infinity != b.infinity) return a.infinity < b.infinity;
        if (a.infinity != 0) return false;
        if (a.value != b.value) return a.value < b.value;
        return a.side < b.side;
    }
    friend bool operator<=(const Key& a, const Key& b) { return !(b < a); }
};

Key lower_key(const Interval& i) {
    if (!i.lower) return {-1, {}, 0};
    return {0, *i.lower, i.lower_open ? 1 : 0};
}
Key upper_key(const Interval& i) {
    if (!i.upper) return {1, {}, 0};
    return {0, *i.upper, i.upper_open ? -1 : 0};
}

/// Splits figures into clusters that each share a number, largest first (a sweep finds the point
/// covered by the most intervals; those form a cluster; repeat on the rest).
std::vector<std::vector<const Figure*>> cluster(std::vector<const Figure*> rest) {
    std::vector<std::vector<const Figure*>> clusters;
    while (!rest.empty()) {
        std::vector<std::pair<Key, int>> events;  // +1 at a lower key, -1 at an upper key
        for (const Figure* f : rest) {
            Key lo = lower_key(f->interval), hi = upper_key(f->interval);
            if (hi < lo) continue;  // empty interval: cannot agree with anything
            events.push_back({lo, +1});
            events.push_back({hi, -1});
        }
        // Starts before ends at the same key: intervals are closed in key space.
        std::sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
            if (a.first < b.first || b.first < a.first) return a.first < b.first;
            return a.second > b.second;
        });
        int depth = 0, best_depth = 0;
        Key best;
        for (const auto& [key, delta] : events) {
            depth += delta;
            if (depth > best_depth) {
                best_depth = depth;
                best = key;
            }
        }
        std::vector<const Figure*> members, remaining;
        for (const Figure* f : rest) {
            bool in = best_depth > 0 && lower_key(f->interval) <= best && best <= upper_key(f->interval);
            (in ? members : remaining).push_back(f);
        }
        if (members.empty()) {  // only empty intervals left: each stands alone
            for (const Figure* f : remaining) clusters.push_back({f});
            break;
        }
        clusters.push_back(std::move(members));
        rest = std::move(remaining);
    }
    // Largest first; then more exact figures; then the order found.
    std::stable_sort(clusters.begin(), clusters.end(), [](const auto& a, const auto& b) {
        auto exact = [](const auto& c) {
            return std::count_if(c.begin(), c.end(), [](const Figure* f) { return f->fact.qualifier == Qualifier::exact; });
        };
        if (a.size() != b.size()) return a.size() > b.size();
        return exact(a) > exact(b);
    });
    return clusters;
}

Cluster make_cluster(const std::vector<const Figure*>& members) {
    Cluster out;
    std::set<std::int64_t> documents;
    bool first = true;
    for (const Figure* f : members) {
        out.facts.push_back(f->fact);
        documents.insert(f->fact.document_id);
        out.intersection = first ? f->interval : out.intersection.intersect(f->interval);
        first = false;
    }
    std::sort(out.facts.begin(), out.facts.end(), [](const StoredFact& a, const StoredFact& b) {
        return std::tie(a.document_id, a.start) < std::tie(b.document_id, b.start);
    });
    out.documents = documents.size();
    return out;
}

/// Labels this short are generic nouns (项目, 企业): see the join rule at the top.
constexpr std::size_t generic_label_chars = 2;

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

/// Union-find over label indexes.
struct Components {
    std::vector<std::size_t> parent;
    explicit Components(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

/// Joins distinct normalized labels by the rule at the top of this file.
Components join_labels(const std::vector<std::string>& labels) {
    Components components(labels.size());
    for (std::size_t shorter = 0; shorter < labels.size(); ++shorter) {
        std::vector<std::size_t> kinds_of;  // longer labels with the same head noun
        for (std::size_t longer = 0; longer < labels.size(); ++longer) {
            if (labels[longer].size() > labels[shorter].size() && labels[longer].ends_with(labels[shorter]))
                kinds_of.push_back(longer);
        }
        const bool generic = code_points(labels[shorter]) <= generic_label_chars;
        if (generic && kinds_of.size() != 1) continue;
        for (std::size_t longer : kinds_of) components.join(shorter, longer);
    }
    return components;
}

}  // namespace

std::vector<CorroborationGroup> Store::corroboration(const CorroborationOptions& options) const {
    FactFilter filter;
    filter.metric = options.metric;
    filter.period = options.period;
    std::map<std::tuple<std::string, Kind, std::string>, std::vector<Figure>> splits;
    for_each_fact(filter, [&](const StoredFact& f) {
        if (!is_figure(f.kind) || f.change != Change::none || !f.base.empty()) return;
        if (f.metric.empty() || f.period.empty()) return;
        auto interval = store::figure_interval(f, store::ApproxAs::tolerance);
        if (!interval) return;
        splits[{f.period, f.kind, f.unit}].push_back({f, *interval});
    });

    std::vector<CorroborationGroup> groups;
    for (auto& [key, figures] : splits) {
        std::vector<std::string> labels;  // normalized, distinct
        for (const auto& f : figures) labels.push_back(normalize_label(f.fact.metric));
        std::sort(labels.begin(), labels.end());
        labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
        Components components = join_labels(labels);

        std::map<std::size_t, std::vector<const Figure*>> by_component;
        for (const auto& f : figures) {
            auto at = std::lower_bound(labels.begin(), labels.end(), normalize_label(f.fact.metric));
            by_component[components.find(static_cast<std::size_t>(at - labels.begin()))].push_back(&f);
        }
        for (auto& [component, members] : by_component) {
            std::set<std::pair<std::int64_t, std::size_t>> sentences;
            std::set<std::string> written;
            for (const Figure* f : members) {
                sentences.insert({f->fact.document_id, f->fact.sentence_index});
                written.insert(f->fact.metric);
            }
            if (sentences.size() < 2) continue;
            CorroborationGroup group;
            group.labels.assign(written.begin(), written.end());
            group.metric = *std::min_element(group.labels.begin(), group.labels.end(), [](const auto& a, const auto& b) {
                return a.size() != b.size() ? a.size() < b.size() : a < b;
            });
            group.period = std::get<0>(key);
            group.kind = std::get<1>(key);
            group.unit = std::get<2>(key);
            for (const auto& c : cluster(members)) group.clusters.push_back(make_cluster(c));
            groups.push_back(std::move(group));
        }
    }
    std::sort(groups.begin(), groups.end(), [](const CorroborationGroup& a, const CorroborationGroup& b) {
        return std::tie(a.period, a.metric, a.unit) < std::tie(b.period, b.metric, b.unit);
    });
    return groups;
}

}  // namespace zgcfacts
