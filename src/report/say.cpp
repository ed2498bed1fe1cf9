// zgcfacts::say: the public face of the two phrase writers.
#include "report/phrase.hpp"
#include "report/stored_quantity.hpp"
#include "store/render.hpp"
#include "zgcfacts/sheet.hpp"

namespace zgcfacts {

std::string say(const Quantity& quantity, Language language) {
    return language == Language::en ? report::say_en(quantity) : report::say_zh(quantity);
}

std::string say(const StoredFact& fact, Language language) {
    if (auto q = report::stored_quantity(fact)) return say(*q, language);
    return render::one_line(fact.surface);  // a figure the sheet cannot read back is quoted as written
}

}  // namespace zgcfacts
