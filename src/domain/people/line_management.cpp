#include "domain/people/line_management.hpp"

#include <algorithm>
#include <set>

namespace leadline::domain {

std::optional<std::vector<std::string>>
find_management_loop(const std::unordered_map<std::string, std::string>& manager_of) {
    // Visit people in a fixed order so the loop reported is the same on every run.
    std::vector<std::string> people;
    people.reserve(manager_of.size());
    for (const auto& [person, manager] : manager_of) {
        people.push_back(person);
    }
    std::sort(people.begin(), people.end());

    std::set<std::string> cleared; // known to reach the top of the tree without a loop
    for (const auto& start : people) {
        std::vector<std::string> chain;
        std::set<std::string> on_chain;
        std::string current = start;
        while (true) {
            if (cleared.count(current) != 0) {
                break;
            }
            if (on_chain.count(current) != 0) {
                auto loop_start = std::find(chain.begin(), chain.end(), current);
                return std::vector<std::string>(loop_start, chain.end());
            }
            chain.push_back(current);
            on_chain.insert(current);
            const auto next = manager_of.find(current);
            if (next == manager_of.end() || next->second.empty()) {
                break;
            }
            current = next->second;
        }
        cleared.insert(chain.begin(), chain.end());
    }
    return std::nullopt;
}

} // namespace leadline::domain
