#pragma once

#include <optional>
#include <string_view>

namespace leadline::domain {

// What a signed-in person may do. Raters need no account: their private link is their key.
enum class Role {
    Admin,       // HR or programme team: runs cycles for everyone
    Participant, // receives feedback: nominates raters, answers the self-assessment
    LineManager, // a participant who also manages people taking part
    HrViewer,    // HR or learning staff who read progress and reports but change nothing
};

// Stable identifiers used in the database and on the command line: "admin", "participant", "line-manager",
// "hr-viewer".
[[nodiscard]] std::string_view to_string(Role role);
[[nodiscard]] std::optional<Role> role_from_string(std::string_view text);
// Words for people: "Administrator", "Participant", "Line manager", "HR viewer".
[[nodiscard]] std::string_view display_name(Role role);

} // namespace leadline::domain
