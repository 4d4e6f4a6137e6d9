#pragma once

#include <vector>

#include "app/ports/store.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

// What erasing someone changed: the published cycles whose reports must be drawn again without them.
struct Erasure {
    std::vector<domain::CycleId> published_cycles;
};

// Erases a person from Leadline on request (the right to erasure). Only someone marked as having left,
// and who is in no cycle still running (as subject or rater), can be erased: HR withdraws them first.
// Their own reports go; as a rater, their comments go and their ratings stay in others' reports,
// unattributed (taking them out would change reports already read). What it does is stated in
// docs/methodology/report.md.
[[nodiscard]] domain::Result<Erasure> erase_person(Store& store, const std::string& email);

// Whether the person with this email could be erased now: them, or why not (the same checks, nothing
// changed), so that the admin is asked to confirm only what can be done.
[[nodiscard]] domain::Result<domain::Person> check_erasure(Store& store, const std::string& email);

} // namespace leadline::app
