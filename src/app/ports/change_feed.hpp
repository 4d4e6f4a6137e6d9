#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::app {

// What a rater's page shows depends on rows that any process may change: the cycle, the nomination,
// the invitation and its response, the subject's name. Each such change, by whoever makes it, moves
// a mark for what it touched to the next position of a feed, in the same transaction, so a copy of a
// page kept in memory can tell when it has gone out of date.
//
// Scopes name what changed: "c<id>" a cycle, "n<id>" a nomination, "i<id>" an invitation (its links,
// its response and the response's answers), "p<id>" a person, "o1" the organisation's details.
struct Change {
    std::uint64_t position = 0;
    std::string scope;
};

class ChangeFeed {
  public:
    virtual ~ChangeFeed() = default;

    // The position of the latest change this connection can see; 0 when there has been none.
    [[nodiscard]] virtual domain::Result<std::uint64_t> latest() = 0;
    // Changes after a position, oldest first, at most `limit` of them. A scope changed several times
    // since appears once, at its latest position.
    [[nodiscard]] virtual domain::Result<std::vector<Change>> since(std::uint64_t position,
                                                                    std::size_t limit) = 0;
};

[[nodiscard]] inline std::string cycle_scope(std::int64_t id) {
    return "c" + std::to_string(id);
}
[[nodiscard]] inline std::string nomination_scope(std::int64_t id) {
    return "n" + std::to_string(id);
}
[[nodiscard]] inline std::string invitation_scope(std::int64_t id) {
    return "i" + std::to_string(id);
}
[[nodiscard]] inline std::string person_scope(std::int64_t id) {
    return "p" + std::to_string(id);
}
[[nodiscard]] inline std::string organisation_scope() {
    return "o1";
}

} // namespace leadline::app
