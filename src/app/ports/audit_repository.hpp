#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/core/result.hpp"

namespace leadline::app {

// One thing an admin did: who, what, to what, when. Never the form's contents, so never an answer, a
// comment, a password or a link.
struct AuditEntry {
    std::int64_t at = 0;
    std::string actor;  // the admin's email
    std::string action; // what the route does, in words ("Withdraws a rater ...")
    std::string target; // the address acted on ("/admin/cycles/3/raters/55/withdraw")
};

class AuditRepository {
  public:
    virtual ~AuditRepository() = default;

    [[nodiscard]] virtual domain::Result<void> record(const AuditEntry& entry) = 0;
    // Newest first, `limit` from `offset`.
    [[nodiscard]] virtual domain::Result<std::vector<AuditEntry>> entries(int limit, int offset) = 0;
    [[nodiscard]] virtual domain::Result<int> count() = 0;
};

} // namespace leadline::app
