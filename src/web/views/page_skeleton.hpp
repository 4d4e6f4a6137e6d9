#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leadline::web {

// A page rendered once through its template with markers where each request's values go, kept as
// the literal HTML between them. Filling it in costs one pass over the page, where rendering through
// the template again costs a dictionary of hundreds of entries behind a process-wide lock: this is
// how the busiest page (a rater's attribute page) is served.
//
// Two kinds of holes:
// - slots, rendered from the marker slot_marker(i): filled with values[i], HTML-escaped;
// - choices, every " checked>" in the rendered page (radio buttons rendered as all checked): each
//   gets " checked" back only when chosen. Escaped text can never contain ">", so only the template's
//   own markup matches.
class PageSkeleton {
  public:
    // The text to render in place of slot i.
    [[nodiscard]] static std::string slot_marker(std::size_t slot);

    // Splits a rendered page; nothing when it holds a marker for a slot at or past slots.
    [[nodiscard]] static std::optional<PageSkeleton> split(const std::string& rendered, std::size_t slots);

    [[nodiscard]] std::size_t choices() const { return m_choices; }
    // The page with each slot's value and the chosen choices (chosen.size() must equal choices()).
    [[nodiscard]] std::string fill(const std::vector<std::string_view>& values,
                                   const std::vector<bool>& chosen) const;

  private:
    struct Piece {
        std::string literal;
        enum class Hole { None, Slot, Choice } hole = Hole::None; // what follows the literal
        std::size_t index = 0;
    };
    std::vector<Piece> m_pieces;
    std::size_t m_choices = 0;
    std::size_t m_literal_size = 0;
};

// Escapes text for HTML content and quoted attribute values.
void append_html_escaped(std::string& out, std::string_view text);

} // namespace leadline::web
