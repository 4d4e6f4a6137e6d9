#pragma once

#include <optional>
#include <vector>

#include "app/frameworks/framework_cache.hpp"
#include "app/ports/clock.hpp"
#include "app/ports/store.hpp"

namespace leadline::app {

// What happens to a cycle's individual answers: deleted already (when), due to be deleted (from when),
// or kept (no retention period set, or the cycle not published yet).
struct AnswerKeeping {
    std::optional<std::int64_t> deleted_at;
    std::optional<domain::Date> due;
};

[[nodiscard]] domain::Result<AnswerKeeping> answer_keeping(Store& store, domain::CycleId cycle);

// Retention: once a published cycle's closing date is the organisation's retention period in the past,
// its reports are kept as they read (a snapshot) and its ratings and comments are deleted, in one
// transaction, with a line in the audit log. Returns the cycles whose answers were deleted now.
// Method and consequences: docs/methodology/report.md ("Deleting answers after a time").
[[nodiscard]] domain::Result<std::vector<domain::CycleId>>
delete_answers_due(Store& store, FrameworkCache& frameworks, const Clock& clock);

} // namespace leadline::app
