// SPDX-License-Identifier: MIT
// Filter language tokenizer: bare words, quoted strings with escapes, operators.
#include "lexer.h"

#include <optional>

namespace proclens::filter::detail {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads a quoted string starting at text[pos] (the quote); fills tok or returns an error.
std::optional<ParseError> read_quoted(std::string_view text, std::size_t pos, Token& tok)
{
    const char quote = text[pos];
    std::size_t i = pos + 1;
    tok.kind = Tok::Quoted;
    tok.position = pos;
    while (i < text.size()) {
        char c = text[i];
        if (c == quote) {
            tok.length = i + 1 - pos;
            return std::nullopt;
        }
        if (c != '\\') {
            tok.text.push_back(c);
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            break;
        char e = text[i + 1];
        switch (e) {
        case '\\': tok.text.push_back('\\'); break;
        case '"': tok.text.push_back('"'); break;
        case '\'': tok.text.push_back('\''); break;
        case 'n': tok.text.push_back('\n'); break;
        case 't': tok.text.push_back('\t'); break;
        case 'r': tok.text.push_back('\r'); break;
        case '0': tok.text.push_back('\0'); break;
        case 'x': {
            int hi = i + 2 < text.size() ? hex_digit(text[i + 2]) : -1;
            int lo = i + 3 < text.size() ? hex_digit(text[i + 3]) : -1;
            if (hi < 0 || lo < 0)
                return ParseError{i, "\\x needs two hex digits"};
            tok.text.push_back(static_cast<char>(hi * 16 + lo));
            i += 4;
            continue;
        }
        default:
            // Unknown escapes stay as written, so regexes like "\d+" need no doubling.
            tok.text.push_back('\\');
            tok.text.push_back(e);
            break;
        }
        i += 2;
    }
    return ParseError{pos, std::string("unclosed quote ") + quote};
}

}  // namespace

bool is_word_byte(unsigned char c)
{
    if (is_space(c) || c == 0)
        return false;
    switch (c) {
    case '(': case ')': case ',': case '=': case '!': case '<': case '>':
    case '~': case '"': case '\'': case '&': case '|':
        return false;
    default:
        return true;
    }
}

Expected<std::vector<Token>> tokenize(std::string_view text)
{
    std::vector<Token> out;
    std::size_t i = 0;
    auto simple = [&](Tok kind, std::size_t len) {
        out.push_back(Token{kind, i, len, std::string(text.substr(i, len))});
        i += len;
    };
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (is_space(c)) {
            ++i;
            continue;
        }
        switch (c) {
        case '(': simple(Tok::LParen, 1); continue;
        case ')': simple(Tok::RParen, 1); continue;
        case ',': simple(Tok::Comma, 1); continue;
        case '~': simple(Tok::Tilde, 1); continue;
        case '=': simple(Tok::Eq, next == '=' ? 2 : 1); continue;
        case '!': simple(next == '=' ? Tok::Ne : Tok::Bang, next == '=' ? 2 : 1); continue;
        case '<': simple(next == '=' ? Tok::Le : Tok::Lt, next == '=' ? 2 : 1); continue;
        case '>': simple(next == '=' ? Tok::Ge : Tok::Gt, next == '=' ? 2 : 1); continue;
        case '&':
            if (next != '&')
                return ParseError{i, "\"&\" is not an operator (use \"and\" or \"&&\")"};
            simple(Tok::AndSym, 2);
            continue;
        case '|':
            if (next != '|')
                return ParseError{i, "\"|\" is not an operator (use \"or\" or \"||\")"};
            simple(Tok::OrSym, 2);
            continue;
        case '"':
        case '\'': {
            Token tok;
            if (auto err = read_quoted(text, i, tok))
                return *err;
            i += tok.length;
            out.push_back(std::move(tok));
            continue;
        }
        default: break;
        }
        if (c == 0)
            return ParseError{i, "NUL byte in filter text"};
        std::size_t start = i;
        while (i < text.size() && is_word_byte(static_cast<unsigned char>(text[i])))
            ++i;
        out.push_back(Token{Tok::Word, start, i - start, std::string(text.substr(start, i - start))});
    }
    out.push_back(Token{Tok::End, text.size(), 0, {}});
    return out;
}

}  // namespace proclens::filter::detail
