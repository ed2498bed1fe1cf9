// Text made safe for HTML and SVG, in element content and in quoted attribute values alike.
// Private to src/report.
//
//   html_escape("<script>alert('x')</script>");   // "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
//
// & < > " ' become references; bytes that are not UTF-8 and control characters (other than tab
// and line breaks) become U+FFFD, so the page stays well-formed whatever the input was.
#pragma once

#include <string>
#include <string_view>

namespace zgcfacts::report {

std::string html_escape(std::string_view text);

}  // namespace zgcfacts::report
