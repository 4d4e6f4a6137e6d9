#include "app/development/learning_set_planning.hpp"

#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "app/development/directory.hpp"
#include "app/development/people_column.hpp"
#include "app/text/csv_problems.hpp"
#include "app/text/csv_reader.hpp"
#include "app/text/csv_table.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

constexpr std::string_view no_sets = "No sets were formed.";
constexpr std::string_view run_again = "and run it again";

} // namespace

Result<SetCandidates> candidates_from_cycle(Store& store, domain::CycleId cycle) {
    auto loaded = store.cycles().load_cycle(cycle);
    if (!loaded) {
        return domain::fail(loaded.error());
    }
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    SetCandidates candidates;
    for (const auto& subject : loaded->subjects()) {
        const auto person = directory->by_id.find(subject.person.value());
        if (person != directory->by_id.end()) {
            candidates.participants.push_back(directory->participant(person->second));
            candidates.people.push_back(subject.person);
        }
    }
    return candidates;
}

Result<SetCandidates> candidates_from_list(Store& store, std::string_view csv_text) {
    auto table = read_csv_table(csv_text, {"email"}, no_sets, run_again);
    if (!table) {
        return domain::fail(table.error());
    }
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    CsvProblems problems;
    SetCandidates candidates;
    PeopleColumn emails(*directory);
    for (const auto& record : table->records) {
        const auto* listed = emails.person(*table, record, problems);
        if (listed == nullptr) {
            continue;
        }
        const auto& person = *listed;
        candidates.participants.push_back(directory->participant(person));
        candidates.participants.back().equality = table->field(record, "equality");
        candidates.people.push_back(person.id);
    }
    if (problems.any()) {
        return domain::fail(problems.error(no_sets, run_again));
    }
    return candidates;
}

Result<std::vector<domain::KeepApart>> read_keep_apart(std::string_view csv_text) {
    auto table = read_csv_table(csv_text, {"email", "other_email"}, no_sets, run_again);
    if (!table) {
        return domain::fail(table.error());
    }
    CsvProblems problems;
    std::vector<domain::KeepApart> pairs;
    for (const auto& record : table->records) {
        auto first = domain::normalise_email(table->field(record, "email"));
        auto second = domain::normalise_email(table->field(record, "other_email"));
        if (!first) {
            problems.add(record.line, "email", first.error().message);
        }
        if (!second) {
            problems.add(record.line, "other_email", second.error().message);
        }
        if (first && second) {
            pairs.push_back({*first, *second});
        }
    }
    if (problems.any()) {
        return domain::fail(problems.error(no_sets, run_again));
    }
    return pairs;
}

Result<std::int64_t> save_learning_sets(Store& store, const Clock& clock, const std::string& name,
                                        std::optional<domain::CycleId> cycle, const SetCandidates& candidates,
                                        const domain::LearningSetPlan& plan) {
    if (trim_blanks(name).empty()) {
        return domain::fail(ErrorCode::InvalidInput, "Give the learning sets a name to save them under.");
    }
    SavedLearningSets saved;
    saved.name = trim_blanks(name);
    saved.created_at = clock.now_seconds();
    saved.cycle = cycle;
    for (const auto& set : plan.sets) {
        auto& people = saved.sets.emplace_back();
        for (const auto m : set.members) {
            people.push_back(candidates.people[m]);
        }
    }
    std::int64_t id = 0;
    auto written = store.in_transaction([&]() -> Result<void> {
        auto saved_id = store.learning_sets().save_learning_sets(saved);
        if (!saved_id) {
            return domain::fail(saved_id.error());
        }
        id = *saved_id;
        return {};
    });
    if (!written) {
        return domain::fail(written.error());
    }
    return id;
}

Result<std::optional<SavedPlan>> load_learning_sets(Store& store, std::int64_t id) {
    auto saved = store.learning_sets().learning_sets(id);
    if (!saved) {
        return domain::fail(saved.error());
    }
    if (!*saved) {
        return std::optional<SavedPlan>();
    }
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    SavedPlan result;
    result.saved = std::move(**saved);
    for (const auto& set : result.saved.sets) {
        std::vector<std::size_t> members;
        for (const auto person : set) {
            const auto found = directory->by_id.find(person.value());
            if (found != directory->by_id.end()) {
                members.push_back(result.candidates.participants.size());
                result.candidates.participants.push_back(directory->participant(found->second));
                result.candidates.people.push_back(person);
            }
        }
        result.plan.sets.push_back(
            domain::describe_learning_set(result.candidates.participants, std::move(members)));
        result.plan.diversity += result.plan.sets.back().diversity;
    }
    return std::optional<SavedPlan>(std::move(result));
}

std::string learning_sets_csv(const SetCandidates& candidates, const domain::LearningSetPlan& plan) {
    std::string csv = "set,why_diverse,email,name,unit_path,profession,grade,region\n";
    for (std::size_t s = 0; s < plan.sets.size(); ++s) {
        const auto why = domain::describe_set(plan.sets[s]);
        for (const auto m : plan.sets[s].members) {
            const auto& person = candidates.participants[m];
            csv += std::to_string(s + 1) + "," + csv_field(why) + "," + csv_field(person.email) + "," +
                   csv_field(person.name) + "," + csv_field(domain::join_unit_path(person.unit_path)) + "," +
                   csv_field(person.profession) + "," + csv_field(person.grade) + "," +
                   csv_field(person.region) + "\n";
        }
    }
    return csv;
}

std::string learning_sets_text(const SetCandidates& candidates, const domain::LearningSetPlan& plan) {
    std::string text;
    for (std::size_t s = 0; s < plan.sets.size(); ++s) {
        const auto& set = plan.sets[s];
        text += "Set " + std::to_string(s + 1) + " (" + std::to_string(set.members.size()) +
                " people): " + domain::describe_set(set) + "\n";
        for (const auto m : set.members) {
            const auto& person = candidates.participants[m];
            text +=
                "  " + person.name + " <" + person.email + ">, " + domain::join_unit_path(person.unit_path);
            for (const auto* detail : {&person.profession, &person.grade, &person.region}) {
                if (!detail->empty()) {
                    text += ", " + *detail;
                }
            }
            text += "\n";
        }
    }
    char total[64];
    std::snprintf(total, sizeof total, "%.3f", plan.diversity);
    text += "Diversity, all sets together: " + std::string(total) + "\n";
    return text;
}

} // namespace leadline::app
