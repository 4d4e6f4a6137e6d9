#pragma once

#include <optional>
#include <string>

#include "domain/core/strong_id.hpp"
#include "domain/feedback/rater_group.hpp"

namespace leadline::domain {

// Someone asked to give feedback. Colleagues are people in the directory; partners and service
// users may be known only by their email address.
struct Rater {
    std::optional<PersonId> person;
    std::string email;
};

struct Nomination {
    NominationId id;
    PersonId subject;
    RaterGroup group = RaterGroup::Peer;
    Rater rater;
};

} // namespace leadline::domain
