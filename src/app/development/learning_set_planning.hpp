#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"
#include "domain/grouping/learning_sets.hpp"

namespace leadline::app {

// People to form learning sets from, with what the plan needs to describe them.
struct SetCandidates {
    std::vector<domain::SetParticipant> participants;
    std::vector<domain::PersonId> people; // the same order
};

// The subjects of a feedback cycle, with their units, professions, grades, regions and line chains
// from the people directory.
[[nodiscard]] domain::Result<SetCandidates> candidates_from_cycle(Store& store, domain::CycleId cycle);

// The people listed in a CSV file with an `email` column (an export of the people directory,
// filtered in a spreadsheet, works as it is) and, optionally, an `equality` column the organisation
// records for diversity; other columns are ignored. Problems name their line and column.
[[nodiscard]] domain::Result<SetCandidates> candidates_from_list(Store& store, std::string_view csv_text);

// Pairs to keep apart from a CSV file with the header `email,other_email`.
[[nodiscard]] domain::Result<std::vector<domain::KeepApart>> read_keep_apart(std::string_view csv_text);

// Saves the plan under a name (the cycle it was formed from, if any) and returns its id.
[[nodiscard]] domain::Result<std::int64_t> save_learning_sets(Store& store, const Clock& clock,
                                                              const std::string& name,
                                                              std::optional<domain::CycleId> cycle,
                                                              const SetCandidates& candidates,
                                                              const domain::LearningSetPlan& plan);

// A saved plan with its people as the directory now describes them; nothing when there is no such plan.
struct SavedPlan {
    SavedLearningSets saved;
    SetCandidates candidates;
    domain::LearningSetPlan plan;
};
[[nodiscard]] domain::Result<std::optional<SavedPlan>> load_learning_sets(Store& store, std::int64_t id);

// The plan as CSV: one line per person, with their set, the set's explanation and their details.
[[nodiscard]] std::string learning_sets_csv(const SetCandidates& candidates,
                                            const domain::LearningSetPlan& plan);

// The plan as text, for the command line: each set, why it is diverse, and its members; last, the plan's
// diversity (the search's objective: every pair's dissimilarity within a set, summed).
[[nodiscard]] std::string learning_sets_text(const SetCandidates& candidates,
                                             const domain::LearningSetPlan& plan);

} // namespace leadline::app
