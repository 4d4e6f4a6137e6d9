#include "web/views/page_skeleton.hpp"

#include <charconv>

namespace leadline::web {

namespace {

// Letters and digits only, so no escaping by any template modifier can change them.
constexpr std::string_view marker_open = "Zq7slot";
constexpr std::string_view marker_close = "tols7qZ";
constexpr std::string_view checked = " checked>";

} // namespace

std::string PageSkeleton::slot_marker(std::size_t slot) {
    return std::string(marker_open) + std::to_string(slot) + std::string(marker_close);
}

std::optional<PageSkeleton> PageSkeleton::split(const std::string& rendered, std::size_t slots) {
    PageSkeleton skeleton;
    std::size_t at = 0;
    while (at < rendered.size()) {
        const auto slot = rendered.find(marker_open, at);
        const auto choice = rendered.find(checked, at);
        const auto next = std::min(slot, choice);
        Piece piece;
        piece.literal = rendered.substr(at, next == std::string::npos ? std::string::npos : next - at);
        skeleton.m_literal_size += piece.literal.size();
        if (next == std::string::npos) {
            skeleton.m_pieces.push_back(std::move(piece));
            break;
        }
        if (next == choice) {
            piece.hole = Piece::Hole::Choice;
            piece.index = skeleton.m_choices++;
            at = choice + checked.size() - 1; // the ">" stays, as the next piece's first character
        } else {
            const auto digits = slot + marker_open.size();
            const auto close = rendered.find(marker_close, digits);
            std::size_t index = 0;
            const auto* first = rendered.data() + digits;
            const auto* last = rendered.data() + (close == std::string::npos ? digits : close);
            if (close == std::string::npos || std::from_chars(first, last, index).ptr != last ||
                index >= slots) {
                return std::nullopt;
            }
            piece.hole = Piece::Hole::Slot;
            piece.index = index;
            at = close + marker_close.size();
        }
        skeleton.m_pieces.push_back(std::move(piece));
    }
    return skeleton;
}

std::string PageSkeleton::fill(const std::vector<std::string_view>& values,
                               const std::vector<bool>& chosen) const {
    std::string page;
    page.reserve(m_literal_size + 1024);
    for (const auto& piece : m_pieces) {
        page += piece.literal;
        if (piece.hole == Piece::Hole::Slot) {
            append_html_escaped(page, values.at(piece.index));
        } else if (piece.hole == Piece::Hole::Choice && chosen.at(piece.index)) {
            page += " checked";
        }
    }
    return page;
}

void append_html_escaped(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

} // namespace leadline::web
