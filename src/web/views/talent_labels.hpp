#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/ports/talent_review_repository.hpp"
#include "domain/talent/nine_box.hpp"

namespace leadline::web {

// Words and addresses shared by the talent review pages.
[[nodiscard]] std::string talent_review_href(std::int64_t review); // "/admin/talent/7"
[[nodiscard]] std::string my_talent_href(std::int64_t review);     // "/me/talent/7"
[[nodiscard]] std::string stage_label(app::TalentReviewStage stage);
[[nodiscard]] std::string stage_help(app::TalentReviewStage stage);
[[nodiscard]] std::string strength_label(domain::EvidenceStrength strength);
[[nodiscard]] std::string strength_tag_class(domain::EvidenceStrength strength);
// A placement as a form sends it: "0" to "8" for a box, "too-new", or "" for not placed.
[[nodiscard]] std::string placement_value(const domain::Placement& placement);
// The placement a form sent as placement_value wrote it; nothing for "" or anything else.
[[nodiscard]] std::optional<domain::Placement> placement_from_value(const std::string& value);

} // namespace leadline::web
