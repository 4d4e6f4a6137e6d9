#include "app/development/learning_set_planning.hpp"

#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "app/development/directory.hpp"
#include "app/text/csv_problems.hpp"
#include "app/text/csv_reader.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

constexpr std::string_view no_sets = "No sets were formed.";
constexpr std::string_view run_again = "and run it again";

// Where each column of the header is, by its name.
std::map<std::string, std::size_t> columns_of(const CsvRecord& header) {
    std::map<std::string, std::size_t> places;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        places.emplace(trim_blanks(header.fields[i]), i);
    }
    return places;
}

Result<std::vector<CsvRecord>> read_records(std::string_view csv_text,
                                            const std::vector<std::string>& required,
                                            std::map<std::string, std::size_t>& places) {
    CsvProblems problems;
    auto document = read_csv(csv_text);
    for (const auto& problem : document.problems) {
        problems.add(problem.line, problem.column == 0 ? "" : std::to_string(problem.column),
                     problem.message);
    }
    if (!problems.any() && document.records.empty()) {
        problems.add(1, "", "the file is empty; it needs a header line naming its columns");
    }
    if (!problems.any()) {
        places = columns_of(document.records.front());
        for (const auto& column : required) {
            if (places.count(column) == 0) {
                problems.add(document.records.front().line, column, "this column is missing from the header");
            }
        }
    }
    if (problems.any()) {
        return domain::fail(problems.error(no_sets, run_again));
    }
    document.records.erase(document.records.begin());
    return std::move(document.records);
}

std::string field(const CsvRecord& record, const std::map<std::string, std::size_t>& places,
                  const std::string& column) {
    const auto place = places.find(column);
    if (place == places.end() || place->second >= record.fields.size()) {
        return {};
    }
    return trim_blanks(record.fields[place->second]);
}

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
    std::map<std::string, std::size_t> places;
    auto records = read_records(csv_text, {"email"}, places);
    if (!records) {
        return domain::fail(records.error());
    }
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    CsvProblems problems;
    SetCandidates candidates;
    std::map<std::string, std::size_t> line_of_email;
    for (const auto& record : *records) {
        auto email = domain::normalise_email(field(record, places, "email"));
        if (!email) {
            problems.add(record.line, "email", email.error().message);
            continue;
        }
        const auto [seen, first_time] = line_of_email.emplace(*email, record.line);
        if (!first_time) {
            problems.add(record.line, "email",
                         *email + " is already on line " + std::to_string(seen->second));
            continue;
        }
        const auto id = directory->id_of_email.find(*email);
        if (id == directory->id_of_email.end()) {
            problems.add(record.line, "email", *email + " is not in the people directory; import them first");
            continue;
        }
        const auto& person = directory->by_id.at(id->second);
        candidates.participants.push_back(directory->participant(person));
        candidates.participants.back().equality = field(record, places, "equality");
        candidates.people.push_back(person.id);
    }
    if (problems.any()) {
        return domain::fail(problems.error(no_sets, run_again));
    }
    return candidates;
}

Result<std::vector<domain::KeepApart>> read_keep_apart(std::string_view csv_text) {
    std::map<std::string, std::size_t> places;
    auto records = read_records(csv_text, {"email", "other_email"}, places);
    if (!records) {
        return domain::fail(records.error());
    }
    CsvProblems problems;
    std::vector<domain::KeepApart> pairs;
    for (const auto& record : *records) {
        auto first = domain::normalise_email(field(record, places, "email"));
        auto second = domain::normalise_email(field(record, places, "other_email"));
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
    return text;
}

} // namespace leadline::app
