// Presentation of store results for the command: aligned tables for people, JSONL and CSV for
// programs. Private; the cmd_*.cpp files of src/cli use it.
//
//   std::string out;
//   zgcfacts::render::fact_jsonl(fact, out);        // one line, '\n'-terminated
//   zgcfacts::render::csv_row({"a", "b,c"}, out);   // a,"b,c"\r\n
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/json_writer.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::render {

/// Columns on a terminal: 2 for East Asian wide characters, 1 otherwise.
std::size_t display_width(std::string_view text);
/// Line breaks and tabs as single spaces, so a PDF surface ("超 610\n\n亿元") stays on one row.
std::string one_line(std::string_view text);
/// At most `columns` display columns, with "…" when cut (never inside a UTF-8 sequence).
std::string truncate(std::string_view text, std::size_t columns);

/// Aligned columns. `notes[i]`, when not empty, is printed on its own line under row i.
std::string table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                  const std::vector<std::string>& notes = {});

/// RFC 4180: fields with , " CR or LF quoted, quotes doubled; rows end with CRLF.
void csv_row(const std::vector<std::string>& fields, std::string& out);

/// The quantity's fields under the gold schema's names: kind value lower upper qualifier unit
/// multiplier classifier per change base (shared by every JSON output of facts).
void quantity_fields(JsonWriter& json, const StoredFact& fact);

/// Facts: the same field names as the gold annotations (doc, start, end, surface, kind, value …)
/// plus id, document_id, document_date, sentence_index and sentence.
const std::vector<std::string>& fact_csv_header();
void fact_csv(const StoredFact& fact, std::string& out);
void fact_jsonl(const StoredFact& fact, std::string& out);
std::string fact_table(const std::vector<StoredFact>& facts);

/// Year over year: one object per period (see docs/schema.md for the fields).
void yoy_jsonl(const YoySeries& series, std::string& out);
std::string yoy_table(const YoySeries& series);

/// Corroboration groups.
void groups_jsonl(const std::vector<CorroborationGroup>& groups, std::string& out);
std::string groups_text(const std::vector<CorroborationGroup>& groups);

}  // namespace zgcfacts::render
