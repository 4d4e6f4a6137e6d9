#pragma once

#include <string>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// Who is in a cycle and who rates them: admins add subjects, subjects nominate their raters. A new
// subject gets their self-assessment nominated and, if they have no account, an account and a
// sign-in link by email; while the cycle is open, new raters are invited at once.
class Enrolment {
  public:
    Enrolment(Store& store, const Clock& clock, std::string base_url)
        : m_store(store), m_clock(clock), m_base_url(std::move(base_url)) {}

    // Adds a subject with their self-assessment and, where the cycle asks line managers, their line manager
    // from the people directory.
    [[nodiscard]] domain::Result<void> add_subject(domain::CycleId cycle, const std::string& email);
    // A subject asks someone for feedback. Colleagues are found in the people directory by email;
    // anyone else (partners, service users) by their email address alone. The line manager asked must be
    // the subject's in the directory.
    [[nodiscard]] domain::Result<void> nominate(domain::CycleId cycle, domain::PersonId subject,
                                                domain::RaterGroup group, const std::string& email);

    // A subject takes back one of their nominations while the cycle is a draft.
    [[nodiscard]] domain::Result<void> withdraw(domain::CycleId cycle, domain::PersonId subject,
                                                domain::NominationId nomination);

  private:
    [[nodiscard]] domain::Result<void> nominate_line_manager(domain::FeedbackCycle& cycle,
                                                             const domain::Person& subject);
    [[nodiscard]] domain::Result<void> is_directory_manager(domain::PersonId subject,
                                                            const domain::Rater& rater);
    // New raters in an open cycle are invited at once; in a draft, when it opens.
    [[nodiscard]] domain::Result<void> invite_if_open(domain::CycleId cycle, domain::CycleState state);

    Store& m_store;
    const Clock& m_clock;
    std::string m_base_url;
};

} // namespace leadline::app
