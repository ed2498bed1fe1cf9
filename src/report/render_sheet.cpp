// zgcfacts::render_sheet: dispatch to the format's renderer.
#include "report/sheet_renderers.hpp"

namespace zgcfacts {

std::string render_sheet(const Sheet& sheet, SheetFormat format) {
    switch (format) {
    case SheetFormat::markdown: return report::sheet_markdown(sheet);
    case SheetFormat::html: return report::sheet_html(sheet);
    case SheetFormat::json: return report::sheet_json(sheet);
    }
    return report::sheet_markdown(sheet);
}

}  // namespace zgcfacts
