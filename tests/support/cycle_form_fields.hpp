#pragma once

#include <string>
#include <vector>

#include "web/http/request.hpp"

namespace leadline::testing {

// The new-cycle form as an admin fills it in: a cycle of Leadership in Action from 1 to `closes_day` March
// 2027 with the groups ticked, the peers' minimum, and whatever `more` adds (the approval, say).
inline std::vector<web::FormField> cycle_form_fields(const std::string& name, const std::string& closes_day,
                                                     const std::vector<std::string>& groups,
                                                     const std::string& peer_minimum,
                                                     const std::vector<web::FormField>& more = {}) {
    std::vector<web::FormField> fields{{"name", name},         {"framework", "leadership-in-action"},
                                       {"opens-day", "1"},     {"opens-month", "3"},
                                       {"opens-year", "2027"}, {"closes-day", closes_day},
                                       {"closes-month", "3"},  {"closes-year", "2027"}};
    for (const auto& group : groups) {
        fields.push_back({"group", group});
    }
    fields.push_back({"minimum-peer", peer_minimum});
    fields.insert(fields.end(), more.begin(), more.end());
    return fields;
}

} // namespace leadline::testing
