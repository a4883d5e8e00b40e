// SPDX-License-Identifier: MIT
// Tokens of the filter language (internal to the parser).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "proclens/filter/parser.h"

namespace proclens::filter::detail {

enum class Tok {
    Word,     ///< bare word (field, keyword, value)
    Quoted,   ///< "..." or '...', text unescaped
    LParen,
    RParen,
    Comma,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Tilde,
    AndSym,   ///< &&
    OrSym,    ///< ||
    Bang,     ///< ! not followed by =
    End,
};

struct Token {
    Tok kind = Tok::End;
    std::size_t position = 0;
    std::size_t length = 0;  ///< bytes of source text
    std::string text;        ///< Word: as written; Quoted: unescaped
};

/// Bytes that end a bare word.
bool is_word_byte(unsigned char c);

/// Splits text into tokens (the last is End at text.size()), or the first lexical error.
Expected<std::vector<Token>> tokenize(std::string_view text);

}  // namespace proclens::filter::detail
