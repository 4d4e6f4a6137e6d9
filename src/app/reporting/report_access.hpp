#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/ports/store.hpp"
#include "domain/accounts/user.hpp"

namespace leadline::app {

// Why someone may read a subject's report.
enum class ReportReader {
    Subject,     // it is their own
    Admin,       // the HR or programme team
    LineManager, // the subject's line manager in the directory, in a cycle that allows it
};

// Whether `viewer` may read `subject`'s report in `cycle`; nullopt for no (including no such cycle or
// subject), so that callers can answer "not found" without saying which.
[[nodiscard]] domain::Result<std::optional<ReportReader>>
report_reader(Store& store, const domain::User& viewer, domain::CycleId cycle, domain::PersonId subject);

// A published report a line manager may read.
struct ManagedReport {
    domain::CycleId cycle;
    std::string cycle_name;
    domain::PersonId subject;
    std::string subject_name;
};

// A published cycle in which this person was someone's line manager: their team's mix is there.
struct LedTeam {
    domain::CycleId cycle;
    std::string cycle_name;
};

// What a manager's home page links to, read in one pass over the published cycles.
struct ManagerLinks {
    std::vector<ManagedReport> reports; // of the people they manage, in cycles that allow it
    std::vector<LedTeam> teams;
    std::vector<ManagedReport> plans; // development plans the people they manage have shared with them
};

[[nodiscard]] domain::Result<ManagerLinks> manager_links(Store& store, domain::PersonId manager,
                                                         const std::string& manager_email);

} // namespace leadline::app
