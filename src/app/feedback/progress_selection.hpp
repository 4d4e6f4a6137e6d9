#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/feedback/cycle_progress.hpp"

namespace leadline::app {

// How many subjects a page of a cycle's progress lists.
inline constexpr std::size_t progress_page_size = 50;

// The orders a cycle's progress can be listed in.
enum class ProgressSort {
    Name,     // by name
    Standing, // the furthest behind first (not nominated, too few asked, waiting, complete), by name within
    FewestAnswers, // the fewest answers received first, by name within
    Unit,          // by unit path, by name within
};

// Which subjects an admin wants to see: by where they stand, by name or email, by unit, in which order,
// and which page.
struct ProgressQuery {
    std::optional<domain::SubjectStanding> standing; // none: everyone
    std::string find;                                // in the name or email, in any case; empty: everyone
    std::size_t page = 1;                            // counted from 1
    std::string unit;                                // a unit path: its subjects and those of units below it
    ProgressSort sort = ProgressSort::Name;
};

// The whole cycle's figures, whatever is shown.
struct ProgressTotals {
    std::size_t subjects = 0;
    int nominated = 0; // raters asked, the self-assessments included
    int invited = 0;
    int submitted = 0;
    std::size_t under_minimum = 0;            // subjects with an expected group under its minimum
    std::array<std::size_t, 4> by_standing{}; // indexed by SubjectStanding
};

// The page of subjects a query selects, in name order, and where it sits among the matches.
struct ProgressSelection {
    ProgressTotals totals;
    std::vector<const domain::SubjectProgress*> shown;
    std::size_t matching = 0; // subjects the standing and search select, on every page
    std::size_t page = 1;     // the page shown: the one asked for, brought within range
    std::size_t pages = 1;
};

// Selects from a cycle's progress (as CycleAdministration::overview gives it). Pure: no database.
[[nodiscard]] ProgressSelection select_progress(const std::vector<domain::SubjectProgress>& subjects,
                                                const ProgressQuery& query);

// Every subject the query's standing, unit and search select (all pages), in its order, as CSV: name,
// email, unit, standing, then
// per group answered, invited, nominated and minimum.
[[nodiscard]] std::string progress_csv(const std::vector<domain::SubjectProgress>& subjects,
                                       const ProgressQuery& query);

// The units a cycle's subjects belong to, with every unit above them, in path order, each with how many
// subjects are in it or below it.
struct UnitCount {
    std::string path;
    std::size_t subjects = 0;
};
[[nodiscard]] std::vector<UnitCount> units_of(const std::vector<domain::SubjectProgress>& subjects);

// A sort's name in an address ("fewest-answers"), and back; the name order for any other text.
[[nodiscard]] std::string_view to_string(ProgressSort sort);
[[nodiscard]] ProgressSort progress_sort_from_string(std::string_view text);

// A standing from its name in an address ("too-few-asked"); nothing for any other text.
[[nodiscard]] std::optional<domain::SubjectStanding> standing_from_string(std::string_view text);

} // namespace leadline::app
