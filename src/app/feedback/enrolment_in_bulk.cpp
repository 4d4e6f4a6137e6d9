// Enrolment::add_subjects: many subjects in one step, for a cycle of a whole unit or organisation.
#include <algorithm>
#include <map>
#include <set>

#include "app/feedback/enrolment.hpp"
#include "domain/people/org_unit.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

namespace {

using domain::ErrorCode;

struct Chosen {
    std::vector<const domain::Person*> people;
    std::vector<SubjectProblem> problems;
};

// The addresses typed, one or more to a line, each with its line number (from 1).
std::vector<std::pair<std::size_t, std::string>> typed_addresses(const std::string& text) {
    std::vector<std::pair<std::size_t, std::string>> addresses;
    std::size_t line = 1;
    std::string word;
    auto finish_word = [&] {
        if (!word.empty()) {
            addresses.emplace_back(line, word);
            word.clear();
        }
    };
    for (const char c : text) {
        if (c == '\n') {
            finish_word();
            ++line;
        } else if (c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\r') {
            finish_word();
        } else {
            word += c;
        }
    }
    finish_word();
    return addresses;
}

Chosen by_address(const std::string& text, const std::map<std::string, const domain::Person*>& by_email) {
    Chosen chosen;
    std::set<std::string> seen;
    for (const auto& [line, typed] : typed_addresses(text)) {
        auto email = domain::normalise_email(typed);
        if (!email) {
            chosen.problems.push_back({line, typed, "This is not an email address."});
            continue;
        }
        const auto found = by_email.find(*email);
        if (found == by_email.end()) {
            chosen.problems.push_back({line, *email, "No one in the people directory has this address."});
        } else if (found->second->left_at) {
            chosen.problems.push_back(
                {line, *email, found->second->name + " has left, according to the people directory."});
        } else if (seen.insert(*email).second) {
            chosen.people.push_back(found->second);
        }
    }
    return chosen;
}

domain::Result<Chosen> in_unit(const std::string& unit, const std::vector<domain::Person>& everyone,
                               const std::vector<domain::OrgUnit>& units) {
    std::map<domain::UnitId, const std::string*> path_of;
    bool known = false;
    for (const auto& each : units) {
        path_of.emplace(each.id, &each.path);
        known = known || each.path == unit;
    }
    if (!known) {
        return domain::fail(ErrorCode::InvalidInput, "The people directory has no unit \"" + unit + "\".");
    }
    Chosen chosen;
    for (const auto& person : everyone) {
        const auto path = path_of.find(person.unit);
        if (!person.left_at && path != path_of.end() && domain::unit_holds(unit, *path->second)) {
            chosen.people.push_back(&person);
        }
    }
    return chosen;
}

} // namespace

domain::Result<SubjectsAdded> Enrolment::add_subjects(domain::CycleId cycle_id, const SubjectsToAdd& who,
                                                      AddingSubjects step) {
    auto everyone = m_store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    Chosen chosen;
    if (!who.unit.empty()) {
        auto units = m_store.people().units();
        if (!units) {
            return domain::fail(units.error());
        }
        auto found = in_unit(who.unit, *everyone, *units);
        if (!found) {
            return domain::fail(found.error());
        }
        chosen = std::move(*found);
    } else {
        std::map<std::string, const domain::Person*> by_email;
        for (const auto& person : *everyone) {
            by_email.emplace(person.email, &person);
        }
        chosen = by_address(who.emails, by_email);
        if (chosen.people.empty() && chosen.problems.empty()) {
            return domain::fail(ErrorCode::InvalidInput, "Enter at least one email address.");
        }
    }
    SubjectsAdded outcome;
    if (!chosen.problems.empty()) {
        outcome.problems = std::move(chosen.problems);
        return outcome;
    }
    auto saved = m_store.in_transaction([&]() -> domain::Result<void> {
        auto cycle = m_store.cycles().load_cycle(cycle_id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        if (cycle->state() != domain::CycleState::Draft && cycle->state() != domain::CycleState::Open) {
            return domain::fail(ErrorCode::FailedPrecondition,
                                "Subjects can only be added before the cycle closes.");
        }
        std::set<domain::PersonId> already;
        for (const auto& subject : cycle->subjects()) {
            already.insert(subject.person);
        }
        for (const auto* person : chosen.people) {
            if (already.contains(person->id)) {
                ++outcome.already;
                continue;
            }
            if (step == AddingSubjects::Add) {
                if (auto enrolled = enrol(*cycle, *person); !enrolled) {
                    return enrolled;
                }
            }
            ++outcome.added;
        }
        if (step == AddingSubjects::CountOnly) {
            return {};
        }
        return invite_if_open(cycle_id, cycle->state());
    });
    if (!saved) {
        return domain::fail(saved.error());
    }
    return outcome;
}

} // namespace leadline::app
