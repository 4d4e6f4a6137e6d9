#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// Several subjects at once: everyone working in a unit (and the units below it), or addresses typed or
// pasted one or more to a line (separated by commas, semicolons or spaces).
struct SubjectsToAdd {
    std::string unit; // a unit's path, "Housing/Repairs"; empty when the addresses say who
    std::string emails;
};

// One address that cannot be added, and the line it was typed on (from 1).
struct SubjectProblem {
    std::size_t line = 0;
    std::string email;
    std::string message;
};

// Whether add_subjects only counts (to ask the admin first) or adds.
enum class AddingSubjects { CountOnly, Add };

// What adding several subjects did (or would do): nothing at all when there are problems.
struct SubjectsAdded {
    std::size_t added = 0;
    std::size_t already = 0; // subjects of the cycle before, left as they were
    std::vector<SubjectProblem> problems;
};

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
    // Adds everyone named, each as add_subject would, in one transaction: when any address is not in the
    // directory or belongs to someone who has left, nobody is added and each problem is listed. People
    // already in the cycle are counted and left alone; an address typed twice counts once.
    [[nodiscard]] domain::Result<SubjectsAdded> add_subjects(domain::CycleId cycle, const SubjectsToAdd& who,
                                                             AddingSubjects step = AddingSubjects::Add);
    // A subject asks someone for feedback. Colleagues are found in the people directory by email;
    // anyone else (partners, service users) by their email address alone. The line manager asked must be
    // the subject's in the directory.
    [[nodiscard]] domain::Result<void> nominate(domain::CycleId cycle, domain::PersonId subject,
                                                domain::RaterGroup group, const std::string& email);

    // A subject takes back one of their nominations while the cycle is a draft.
    [[nodiscard]] domain::Result<void> withdraw(domain::CycleId cycle, domain::PersonId subject,
                                                domain::NominationId nomination);

  private:
    // Adds the subject to the cycle in memory and in the store, nominates them and their line manager,
    // and writes to them; inside the caller's transaction.
    [[nodiscard]] domain::Result<void> enrol(domain::FeedbackCycle& cycle, const domain::Person& subject);
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
