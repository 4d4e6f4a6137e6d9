#include "domain/grouping/grouping_instance.hpp"

#include <charconv>
#include <string>

namespace leadline::domain {

namespace {

// Walks the text a token at a time, knowing each token's line and column for messages.
class Tokens {
  public:
    explicit Tokens(std::string_view text) : m_text(text) {}

    // The next token on the current line; empty at the end of the line or of the text.
    std::string_view next_on_line() {
        while (m_at < m_text.size() &&
               (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\r')) {
            advance();
        }
        m_token_line = m_line;
        m_token_column = m_column;
        const std::size_t start = m_at;
        while (m_at < m_text.size() && m_text[m_at] != ' ' && m_text[m_at] != '\t' && m_text[m_at] != '\r' &&
               m_text[m_at] != '\n') {
            advance();
        }
        return m_text.substr(start, m_at - start);
    }

    // Moves to the start of the next line; false at the end of the text.
    bool next_line() {
        while (m_at < m_text.size() && m_text[m_at] != '\n') {
            advance();
        }
        if (m_at >= m_text.size()) {
            return false;
        }
        advance();
        return true;
    }

    [[nodiscard]] bool at_end() const { return m_at >= m_text.size(); }

    [[nodiscard]] Error problem(const std::string& message) const {
        return Error{ErrorCode::InvalidInput, "line " + std::to_string(m_token_line) + ", column " +
                                                  std::to_string(m_token_column) + ": " + message};
    }

  private:
    void advance() {
        if (m_text[m_at] == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_at;
    }

    std::string_view m_text;
    std::size_t m_at = 0;
    std::size_t m_line = 1;
    std::size_t m_column = 1;
    std::size_t m_token_line = 1;
    std::size_t m_token_column = 1;
};

template <typename Number> Result<Number> number(Tokens& tokens, const std::string& what) {
    const auto token = tokens.next_on_line();
    if (token.empty()) {
        return fail(tokens.problem("expected " + what + " here"));
    }
    Number value{};
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc() || end != token.data() + token.size()) {
        return fail(tokens.problem("\"" + std::string(token) + "\" is not " + what));
    }
    return value;
}

} // namespace

Result<GroupingInstance> parse_mdgplib(std::string_view text) {
    Tokens tokens(text);
    GroupingInstance instance;
    auto elements = number<std::size_t>(tokens, "the number of elements");
    if (!elements) {
        return fail(elements.error());
    }
    auto groups = number<std::size_t>(tokens, "the number of groups");
    if (!groups) {
        return fail(groups.error());
    }
    if (*elements < 2 || *groups < 1 || *groups > *elements) {
        return fail(tokens.problem("need at least 2 elements and between 1 group and one per element"));
    }
    const auto kind = tokens.next_on_line();
    if (kind != "ss" && kind != "ds") {
        return fail(tokens.problem("expected \"ss\" or \"ds\" (same or different group sizes)"));
    }
    for (std::size_t g = 0; g < *groups; ++g) {
        auto lower = number<std::size_t>(tokens, "a group's smallest size");
        if (!lower) {
            return fail(lower.error());
        }
        auto upper = number<std::size_t>(tokens, "a group's largest size");
        if (!upper) {
            return fail(upper.error());
        }
        if (*upper < *lower) {
            return fail(tokens.problem("a group's largest size is below its smallest"));
        }
        instance.group_sizes.emplace_back(*lower, *upper);
    }
    if (!tokens.next_on_line().empty()) {
        return fail(tokens.problem("more on the first line than its groups' sizes"));
    }
    instance.elements = *elements;
    instance.dissimilarity.assign(*elements * *elements, 0.0);
    while (tokens.next_line()) {
        auto first = tokens.next_on_line();
        if (first.empty()) {
            continue; // a blank line, or the end
        }
        // Parse again from the token already read.
        std::size_t a = 0;
        const auto [end, error] = std::from_chars(first.data(), first.data() + first.size(), a);
        if (error != std::errc() || end != first.data() + first.size() || a >= *elements) {
            return fail(tokens.problem("\"" + std::string(first) + "\" is not an element (0 to " +
                                       std::to_string(*elements - 1) + ")"));
        }
        auto b = number<std::size_t>(tokens, "an element");
        if (!b) {
            return fail(b.error());
        }
        if (*b >= *elements || *b == a) {
            return fail(tokens.problem("the pair's second element must be another element, 0 to " +
                                       std::to_string(*elements - 1)));
        }
        auto d = number<double>(tokens, "a dissimilarity");
        if (!d) {
            return fail(d.error());
        }
        instance.dissimilarity[a * *elements + *b] = *d;
        instance.dissimilarity[*b * *elements + a] = *d;
    }
    std::size_t smallest = 0;
    std::size_t largest = 0;
    for (const auto& [lower, upper] : instance.group_sizes) {
        smallest += lower;
        largest += upper;
    }
    if (smallest > *elements || largest < *elements) {
        return fail(ErrorCode::InvalidInput, "The groups' sizes cannot hold " + std::to_string(*elements) +
                                                 " elements: together they take " + std::to_string(smallest) +
                                                 " to " + std::to_string(largest) + ".");
    }
    return instance;
}

double grouping_objective(const GroupingInstance& instance, const std::vector<std::size_t>& group_of) {
    double total = 0.0;
    for (std::size_t a = 0; a < instance.elements; ++a) {
        for (std::size_t b = a + 1; b < instance.elements; ++b) {
            if (group_of[a] == group_of[b]) {
                total += instance.between(a, b);
            }
        }
    }
    return total;
}

Result<void> check_grouping(const GroupingInstance& instance, const std::vector<std::size_t>& group_of) {
    if (group_of.size() != instance.elements) {
        return fail(ErrorCode::InvalidInput, "The grouping places " + std::to_string(group_of.size()) +
                                                 " of " + std::to_string(instance.elements) + " elements.");
    }
    std::vector<std::size_t> sizes(instance.group_sizes.size(), 0);
    for (std::size_t e = 0; e < group_of.size(); ++e) {
        if (group_of[e] >= sizes.size()) {
            return fail(ErrorCode::InvalidInput, "Element " + std::to_string(e) + " is in group " +
                                                     std::to_string(group_of[e]) + ", which does not exist.");
        }
        ++sizes[group_of[e]];
    }
    for (std::size_t g = 0; g < sizes.size(); ++g) {
        const auto [lower, upper] = instance.group_sizes[g];
        if (sizes[g] < lower || sizes[g] > upper) {
            return fail(ErrorCode::InvalidInput, "Group " + std::to_string(g) + " has " +
                                                     std::to_string(sizes[g]) + " members; it needs " +
                                                     std::to_string(lower) + " to " + std::to_string(upper) +
                                                     ".");
        }
    }
    return {};
}

} // namespace leadline::domain
