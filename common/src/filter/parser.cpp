// SPDX-License-Identifier: MIT
// Recursive-descent parser of the filter language, canonical printer, error formatting.
#include "proclens/filter/parser.h"

#include <memory>

#include "lexer.h"
#include "values.h"

namespace proclens::filter {

namespace {

using detail::iequals;
using detail::Tok;
using detail::Token;

// Nesting and size bounds: bigger input is an error, not a stack overflow
// (trees are destroyed, compared and printed recursively).
constexpr int kMaxDepth = 200;
constexpr std::size_t kMaxTerms = 4096;

bool is_keyword(const Token& t, std::string_view kw) { return t.kind == Tok::Word && iequals(t.text, kw); }

std::string describe(const Token& t)
{
    if (t.kind == Tok::End)
        return "end of filter";
    std::string s = t.text.substr(0, 40);
    if (t.kind == Tok::Quoted)
        return "a quoted string";
    return "\"" + s + "\"";
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

    ParseResult run()
    {
        if (peek().kind == Tok::End)
            return ParseError{0, "empty filter"};
        auto e = parse_or(0);
        if (!e)
            return e;
        const Token& t = peek();
        if (t.kind == Tok::End)
            return e;
        if (t.kind == Tok::RParen)
            return ParseError{t.position, "unmatched \")\""};
        return ParseError{t.position, "expected \"and\" or \"or\" before " + describe(t)};
    }

private:
    const Token& peek() const { return toks_[i_]; }
    const Token& take() { return toks_[i_ < toks_.size() - 1 ? i_++ : i_]; }

    ParseResult parse_or(int depth)
    {
        auto lhs = parse_and(depth);
        if (!lhs)
            return lhs;
        Expr acc = std::move(*lhs);
        while (peek().kind == Tok::OrSym || is_keyword(peek(), "or")) {
            const Token& op = take();
            auto rhs = parse_and(depth, &op);
            if (!rhs)
                return rhs;
            acc = make_or(std::move(acc), std::move(*rhs));
        }
        return acc;
    }

    ParseResult parse_and(int depth, const Token* after = nullptr)
    {
        auto lhs = parse_unary(depth, after);
        if (!lhs)
            return lhs;
        Expr acc = std::move(*lhs);
        while (peek().kind == Tok::AndSym || is_keyword(peek(), "and")) {
            const Token& op = take();
            auto rhs = parse_unary(depth, &op);
            if (!rhs)
                return rhs;
            acc = make_and(std::move(acc), std::move(*rhs));
        }
        return acc;
    }

    ParseResult parse_unary(int depth, const Token* after)
    {
        if (depth > kMaxDepth)
            return ParseError{peek().position, "filter nested too deeply"};
        const Token& t = peek();
        if (t.kind == Tok::Bang || is_keyword(t, "not")) {
            const Token& op = take();
            auto operand = parse_unary(depth + 1, &op);
            if (!operand)
                return operand;
            return make_not(std::move(*operand));
        }
        if (t.kind == Tok::LParen) {
            const Token& open = take();
            auto inner = parse_or(depth + 1);
            if (!inner)
                return inner;
            const Token& close = peek();
            if (close.kind == Tok::End)
                return ParseError{open.position, "unclosed \"(\""};
            if (close.kind != Tok::RParen)
                return ParseError{close.position, "expected \")\", \"and\" or \"or\" before " + describe(close)};
            take();
            return inner;
        }
        if (++terms_ > kMaxTerms)
            return ParseError{t.position, "filter too long (more than " + std::to_string(kMaxTerms) + " comparisons)"};
        return parse_compare(after);
    }

    ParseResult parse_compare(const Token* after)
    {
        const Token& name = peek();
        if (name.kind == Tok::End) {
            if (after)
                return ParseError{name.position, "expected an expression after \"" + after->text + "\""};
            return ParseError{name.position, "expected an expression"};
        }
        if (name.kind != Tok::Word)
            return ParseError{name.position, "expected a field name, got " + describe(name)};
        for (std::string_view kw : {"and", "or", "in", "matches"})
            if (iequals(name.text, kw))
                return ParseError{name.position, "expected a field name, got \"" + name.text + "\""};
        auto field = field_from_name(name.text);
        if (!field)
            return unknown_field(name);
        take();
        const FieldInfo& info = field_info(*field);

        const Token& op_tok = peek();
        bool negate_in = false;
        Op op;
        switch (op_tok.kind) {
        case Tok::Eq: op = Op::Eq; break;
        case Tok::Ne: op = Op::Ne; break;
        case Tok::Lt: op = Op::Lt; break;
        case Tok::Le: op = Op::Le; break;
        case Tok::Gt: op = Op::Gt; break;
        case Tok::Ge: op = Op::Ge; break;
        case Tok::Tilde: op = Op::Contains; break;
        default:
            if (is_keyword(op_tok, "matches")) {
                op = Op::Matches;
            } else if (is_keyword(op_tok, "in")) {
                op = Op::In;
            } else if (is_keyword(op_tok, "not") && is_keyword(toks_[i_ + 1], "in")) {
                op = Op::In;
                negate_in = true;
                take();
            } else {
                return ParseError{op_tok.position, "expected an operator after \"" + name.text + "\", got " +
                                                       describe(op_tok)};
            }
        }
        take();
        if (!field_allows(*field, op)) {
            std::string allowed;
            for (Op a : info.ops)
                allowed += (allowed.empty() ? "" : " ") + std::string(op_text(a));
            return ParseError{op_tok.position, "operator \"" + std::string(op_text(op)) + "\" is not allowed for " +
                                                   std::string(info.name) + " (allowed: " + allowed + ")"};
        }

        Compare cmp{*field, op, {}, name.position};
        if (op == Op::In) {
            const Token& open = peek();
            if (open.kind != Tok::LParen)
                return ParseError{open.position, "expected \"(\" after \"in\""};
            take();
            for (;;) {
                const Token* prev = &toks_[i_ - 1];
                auto v = parse_one_value(*field, op, *prev);
                if (!v)
                    return v.error();
                cmp.values.push_back(std::move(*v));
                const Token& sep = peek();
                if (sep.kind == Tok::Comma) {
                    take();
                    continue;
                }
                if (sep.kind == Tok::RParen) {
                    take();
                    break;
                }
                if (sep.kind == Tok::End)
                    return ParseError{open.position, "unclosed \"(\""};
                return ParseError{sep.position, "expected \",\" or \")\" in the list, got " + describe(sep)};
            }
        } else {
            auto v = parse_one_value(*field, op, op_tok);
            if (!v)
                return v.error();
            cmp.values.push_back(std::move(*v));
        }
        if (negate_in)
            return make_not(Expr(std::move(cmp)));
        return Expr(std::move(cmp));
    }

    Expected<Value> parse_one_value(Field field, Op op, const Token& after)
    {
        const Token& t = peek();
        if (t.kind != Tok::Word && t.kind != Tok::Quoted)
            return ParseError{t.position, "expected a value after \"" + after.text + "\""};
        take();
        return detail::make_value(field, op, t.text, t.kind == Tok::Quoted, t.position);
    }

    ParseError unknown_field(const Token& name)
    {
        std::string message = "unknown field \"" + name.text.substr(0, 40) + "\"";
        std::size_t best = 3;
        std::string_view suggestion;
        for (const FieldInfo& info : fields()) {
            auto consider = [&](std::string_view candidate) {
                std::size_t d = detail::edit_distance(name.text, candidate);
                if (d < best) {
                    best = d;
                    suggestion = info.name;
                }
            };
            consider(info.name);
            for (std::string_view a : info.aliases)
                consider(a);
        }
        if (!suggestion.empty() && best < name.text.size())
            message += " (did you mean \"" + std::string(suggestion) + "\"?)";
        return ParseError{name.position, message};
    }

    std::vector<Token> toks_;
    std::size_t i_ = 0;
    std::size_t terms_ = 0;
};

// Binding strength: or 1, and 2, not/compare 3.
int level(const Expr& e)
{
    if (e.as<Or>())
        return 1;
    if (e.as<And>())
        return 2;
    return 3;
}

void print(const Expr& e, int min_level, std::string& out)
{
    bool parens = level(e) < min_level;
    if (parens)
        out += '(';
    if (const auto* c = e.as<Compare>()) {
        out += field_name(c->field);
        out += ' ';
        out += op_text(c->op);
        out += ' ';
        if (c->op == Op::In) {
            out += '(';
            for (std::size_t i = 0; i < c->values.size(); ++i) {
                if (i)
                    out += ", ";
                out += to_string(c->values[i]);
            }
            out += ')';
        } else if (!c->values.empty()) {
            out += to_string(c->values.front());
        }
    } else if (const auto* a = e.as<And>()) {
        print(*a->lhs, 2, out);
        out += " and ";
        print(*a->rhs, 3, out);
    } else if (const auto* o = e.as<Or>()) {
        print(*o->lhs, 1, out);
        out += " or ";
        print(*o->rhs, 2, out);
    } else if (const auto* n = e.as<Not>()) {
        out += "not ";
        print(*n->operand, 3, out);
    }
    if (parens)
        out += ')';
}

}  // namespace

ParseResult parse(std::string_view text)
{
    auto tokens = detail::tokenize(text);
    if (!tokens)
        return tokens.error();
    return Parser(std::move(*tokens)).run();
}

Expected<Value> parse_value(Field field, std::string_view text)
{
    const FieldInfo& info = field_info(field);
    Op op = info.ops.empty() ? Op::Eq : info.ops.front();
    // A value the parser would read as a bare integer stays one; anything else is taken as written.
    bool quoted = !detail::parse_integer(text).has_value();
    return detail::make_value(field, op, text, quoted, 0);
}

std::string to_string(const Value& value)
{
    switch (value.kind) {
    case ValueKind::Integer: return std::to_string(value.number);
    case ValueKind::Duration: return detail::format_duration(value.number);
    case ValueKind::Text: return detail::quote_if_needed(value.text);
    }
    return {};
}

std::string to_string(const Expr& expr)
{
    std::string out;
    print(expr, 1, out);
    return out;
}

std::string format_error(std::string_view text, const ParseError& error)
{
    std::string line;
    std::size_t column = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        line.push_back(c < 0x20 || c == 0x7f ? ' ' : text[i]);
        // Count UTF-8 lead bytes only, so the caret lines up under multi-byte characters.
        if (i < error.position && (c & 0xc0) != 0x80)
            ++column;
    }
    return error.message + "\n  " + line + "\n  " + std::string(column, ' ') + "^";
}

}  // namespace proclens::filter
