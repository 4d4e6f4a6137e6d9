#pragma once

#include "domain/core/result.hpp"
#include "domain/people/organisation_details.hpp"

namespace leadline::app {

// The one organisation a database serves: its name, contact and privacy notice.
class OrganisationRepository {
  public:
    virtual ~OrganisationRepository() = default;

    // Empty details until an admin sets them.
    [[nodiscard]] virtual domain::Result<domain::OrganisationDetails> details() = 0;
    [[nodiscard]] virtual domain::Result<void> save_details(const domain::OrganisationDetails& details) = 0;
};

} // namespace leadline::app
