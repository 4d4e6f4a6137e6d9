#include "app/governance/erasure.hpp"

#include <algorithm>

#include "app/reporting/report_snapshot.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::Result;

namespace {

bool running(domain::CycleState state) {
    return state == domain::CycleState::Draft || state == domain::CycleState::Open;
}

// Whether the person is a subject or a rater in the cycle.
bool takes_part(const domain::FeedbackCycle& cycle, const domain::Person& person) {
    const auto& nominations = cycle.nominations();
    return std::any_of(nominations.begin(), nominations.end(), [&](const domain::Nomination& nomination) {
        return nomination.subject == person.id || nomination.rater.person == person.id ||
               nomination.rater.email == person.email;
    });
}

} // namespace

namespace {

// The person, and the published cycles they take part in; or why they cannot be erased.
Result<std::pair<domain::Person, Erasure>> checked(Store& store, const std::string& typed_email) {
    auto email = domain::normalise_email(typed_email);
    if (!email) {
        return domain::fail(email.error());
    }
    auto found = store.people().find_person(*email);
    if (!found) {
        return domain::fail(found.error());
    }
    if (!*found) {
        return domain::fail(ErrorCode::NotFound,
                            "No one in the people directory has the email " + *email + ".");
    }
    const auto& person = **found;
    if (!person.left_at) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            person.name + " has not left, according to the people directory. Mark them as "
                                          "having left first (upload a people file that lists everyone).");
    }
    auto cycles = store.cycles().cycles();
    if (!cycles) {
        return domain::fail(cycles.error());
    }
    Erasure erasure;
    for (const auto& summary : *cycles) {
        auto cycle = store.cycles().load_cycle(summary.id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        if (!takes_part(*cycle, person)) {
            continue;
        }
        if (running(cycle->state())) {
            return domain::fail(
                ErrorCode::FailedPrecondition,
                person.name + " takes part in " + summary.name +
                    ", which is still running. Remove them from it (or withdraw them as a rater) "
                    "first.");
        }
        if (cycle->state() == domain::CycleState::Published) {
            erasure.published_cycles.push_back(summary.id);
        }
    }
    return std::pair{person, erasure};
}

} // namespace

Result<domain::Person> check_erasure(Store& store, const std::string& email) {
    auto found = checked(store, email);
    if (!found) {
        return domain::fail(found.error());
    }
    return found->first;
}

Result<Erasure> erase_person(Store& store, const std::string& email) {
    Erasure erasure;
    auto done = store.in_transaction([&]() -> Result<void> {
        auto found = checked(store, email);
        if (!found) {
            return domain::fail(found.error());
        }
        erasure = found->second;
        const auto id = found->first.id;
        if (auto erased =
                store.people().erase_person(id, "erased-" + std::to_string(id.value()) + "@erased.invalid");
            !erased) {
            return erased;
        }
        // Where a cycle's answers are already deleted its reports are kept whole: their own goes from there.
        for (const auto cycle : erasure.published_cycles) {
            auto snapshot = store.cycles().report_snapshot(cycle);
            if (!snapshot) {
                return domain::fail(snapshot.error());
            }
            if (!*snapshot) {
                continue;
            }
            auto without = snapshot_without((*snapshot)->body, id);
            if (!without) {
                return domain::fail(without.error());
            }
            if (auto saved =
                    store.cycles().save_report_snapshot(cycle, {(*snapshot)->taken_at, std::move(*without)});
                !saved) {
                return saved;
            }
        }
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return erasure;
}

} // namespace leadline::app
