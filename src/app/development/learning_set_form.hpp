#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/feedback/rater_journey.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// What an admin typed to form learning sets from the page.
struct LearningSetRequest {
    std::string name;
    std::string cycle;  // the cycle whose subjects take part, by id; "list" for the people listed
    std::string people; // with "list": one email address a line, of people in the directory
    std::string smallest;
    std::string largest;
    std::string keep_apart; // one pair a line: two email addresses separated by a comma
};

// The sets formed and saved (their id), or the problems to show by their fields.
struct LearningSetsFormed {
    std::vector<FieldProblem> problems;
    std::int64_t saved = 0;
    std::size_t people = 0;
};

// How long the search may run for this many people: a second, and a second more for every 250 people, at
// most eight, so that a page for 2,000 people answers within ten seconds on 2 cores (what that time gives
// up against a minute's search: docs/benchmarks.md, "Learning sets from the page").
[[nodiscard]] double learning_set_search_seconds(std::size_t people);
// The same rule's parts, for the page's progress bar.
inline constexpr double set_search_base_seconds = 1.0;
inline constexpr double set_search_people_a_second = 250.0;
inline constexpr double set_search_most_seconds = 8.0;

// Reads the request, forms sets of the cycle's subjects (or of the people listed) as diverse as the search
// finds in the time the clock allows (`time_is_up`), and saves them under the name.
[[nodiscard]] domain::Result<LearningSetsFormed>
form_learning_sets_from_page(Store& store, const Clock& clock, const LearningSetRequest& request,
                             const std::function<std::function<bool()>(std::size_t people)>& deadline_for);

} // namespace leadline::app
