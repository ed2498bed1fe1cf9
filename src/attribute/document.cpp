// Document's accessors.
#include <stdexcept>
#include <string>

#include "zgcfacts/document.hpp"

namespace zgcfacts {

std::string Document::sentence_text(std::size_t index) const {
    // An index that is not a sentence is a programming error, not bad input.
    if (index >= sentences.size())
        throw std::out_of_range("sentence " + std::to_string(index) + " of " + std::to_string(sentences.size()));
    const Sentence& sentence = sentences[index];
    return text.raw_slice(text.raw_begin(sentence.begin), text.raw_end(sentence.end));
}

}  // namespace zgcfacts
