#include "app/development/learning_set_form.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "app/development/directory.hpp"
#include "app/development/learning_set_planning.hpp"
#include "app/text/csv_problems.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

using domain::Result;

namespace {

std::optional<std::size_t> whole(const std::string& text) {
    const auto trimmed = trim_blanks(text);
    std::size_t value = 0;
    const auto* end = trimmed.data() + trimmed.size();
    const auto [at, error] = std::from_chars(trimmed.data(), end, value);
    if (trimmed.empty() || error != std::errc() || at != end) {
        return std::nullopt;
    }
    return value;
}

// "a@x.org, b@y.org" a line; blank lines are skipped. Problems name the line.
std::vector<domain::KeepApart> read_pairs(const std::string& text, std::vector<FieldProblem>& problems) {
    std::vector<domain::KeepApart> pairs;
    for (const auto& [line_number, line] : numbered_lines(text)) {
        const auto comma = line.find(',');
        auto first = domain::normalise_email(comma == std::string::npos ? line : line.substr(0, comma));
        auto second = domain::normalise_email(comma == std::string::npos ? "" : line.substr(comma + 1));
        if (comma == std::string::npos || !first || !second) {
            problems.push_back(
                {"keep-apart", "Line " + std::to_string(line_number) +
                                   " of the pairs to keep apart: give two email addresses "
                                   "separated by a comma, like sam@council.org, ola@council.org"});
            continue;
        }
        pairs.push_back({*first, *second});
    }
    return pairs;
}

// The people listed one a line; problems name the line. Nobody who has left, nobody twice.
Result<SetCandidates> listed_people(Store& store, const std::string& text,
                                    std::vector<FieldProblem>& problems) {
    auto directory = read_directory(store);
    if (!directory) {
        return domain::fail(directory.error());
    }
    SetCandidates candidates;
    std::map<std::int64_t, std::size_t> line_of;
    for (const auto& [line_number, line] : numbered_lines(text)) {
        const auto problem = [&, at = line_number](const std::string& message) {
            if (problems.size() < 5) { // a pasted list with many problems would bury the first ones
                problems.push_back({"people", "Line " + std::to_string(at) + " of the people: " + message});
            }
        };
        const auto email = domain::normalise_email(line);
        const auto id = email ? directory->id_of_email.find(*email) : directory->id_of_email.end();
        if (!email) {
            problem("give one email address a line, like sam@council.org");
        } else if (id == directory->id_of_email.end()) {
            problem(*email + " is not in the people directory");
        } else if (const auto& person = directory->by_id.at(id->second); person.left_at) {
            problem(person.name + " has left the organisation");
        } else if (const auto [first, added] = line_of.emplace(id->second, line_number); !added) {
            problem(*email + " is listed already, on line " + std::to_string(first->second));
        } else {
            candidates.participants.push_back(directory->participant(person));
            candidates.people.push_back(person.id);
        }
    }
    if (candidates.people.empty() && problems.empty()) {
        problems.push_back({"people", "List the people to form sets from, one email address a line"});
    }
    return candidates;
}

} // namespace

double learning_set_search_seconds(std::size_t people) {
    return std::min(set_search_most_seconds,
                    set_search_base_seconds + static_cast<double>(people) / set_search_people_a_second);
}

Result<LearningSetsFormed>
form_learning_sets_from_page(Store& store, const Clock& clock, const LearningSetRequest& request,
                             const std::function<std::function<bool()>(std::size_t people)>& deadline_for) {
    LearningSetsFormed formed;
    auto& problems = formed.problems;
    if (trim_blanks(request.name).empty()) {
        problems.push_back(
            {"name", "Give the learning sets a name, like \"Leadership programme, spring 2027\""});
    }
    const bool listed = request.cycle == "list";
    const auto cycle = whole(request.cycle);
    if (!listed && (!cycle || *cycle == 0)) {
        problems.push_back({"cycle", "Choose whose learning sets to form"});
    }
    const auto smallest = whole(request.smallest);
    const auto largest = whole(request.largest);
    if (!smallest || !largest || *smallest < 2 || *largest < *smallest || *largest > 20) {
        problems.push_back({"smallest",
                            "Set sizes must be whole numbers from 2 to 20, the largest no smaller than "
                            "the smallest, like 6 and 8"});
    }
    const auto keep_apart = read_pairs(request.keep_apart, problems);
    auto candidates =
        listed ? listed_people(store, request.people, problems)
               : candidates_from_cycle(store, domain::CycleId{static_cast<std::int64_t>(cycle.value_or(0))});
    if (!problems.empty()) {
        return formed;
    }
    if (!candidates) {
        if (candidates.error().code == domain::ErrorCode::NotFound) {
            problems.push_back({"cycle", "Choose whose learning sets to form"});
            return formed;
        }
        return domain::fail(candidates.error());
    }
    formed.people = candidates->participants.size();
    domain::GroupingSearch search;
    search.time_is_up = deadline_for(formed.people);
    auto plan =
        domain::form_learning_sets(candidates->participants, {*smallest, *largest}, keep_apart, search);
    if (!plan) {
        // The sizes or the rules cannot be met by these people: the message names the conflict.
        problems.push_back({"smallest", plan.error().message});
        return formed;
    }
    const auto from_cycle =
        listed ? std::nullopt : std::optional(domain::CycleId{static_cast<std::int64_t>(*cycle)});
    auto saved = save_learning_sets(store, clock, std::string(trim_blanks(request.name)), from_cycle,
                                    *candidates, *plan);
    if (!saved) {
        return domain::fail(saved.error());
    }
    formed.saved = *saved;
    return formed;
}

} // namespace leadline::app
