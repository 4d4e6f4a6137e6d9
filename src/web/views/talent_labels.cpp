#include "web/views/talent_labels.hpp"

namespace leadline::web {

std::string talent_review_href(std::int64_t review) {
    return "/admin/talent/" + std::to_string(review);
}

std::string my_talent_href(std::int64_t review) {
    return "/me/talent/" + std::to_string(review);
}

std::string stage_label(app::TalentReviewStage stage) {
    switch (stage) {
    case app::TalentReviewStage::Assessing:
        return "Assessing";
    case app::TalentReviewStage::Calibrating:
        return "Calibrating";
    case app::TalentReviewStage::Closed:
        return "Closed";
    }
    return "";
}

std::string stage_help(app::TalentReviewStage stage) {
    switch (stage) {
    case app::TalentReviewStage::Assessing:
        return "Line managers are assessing their people and proposing placements; reviewers can record "
               "their views before the meeting.";
    case app::TalentReviewStage::Calibrating:
        return "The calibration meeting is moving placements; every move needs a reason.";
    case app::TalentReviewStage::Closed:
        return "The placements are final. Each person can see their own.";
    }
    return "";
}

std::string strength_label(domain::EvidenceStrength strength) {
    switch (strength) {
    case domain::EvidenceStrength::Thin:
        return "Thin";
    case domain::EvidenceStrength::Some:
        return "Some";
    case domain::EvidenceStrength::Broad:
        return "Broad";
    }
    return "";
}

std::string strength_tag_class(domain::EvidenceStrength strength) {
    switch (strength) {
    case domain::EvidenceStrength::Thin:
        return "govuk-tag--orange";
    case domain::EvidenceStrength::Some:
        return "govuk-tag--yellow";
    case domain::EvidenceStrength::Broad:
        return "govuk-tag--green";
    }
    return "";
}

std::string placement_value(const domain::Placement& placement) {
    switch (placement.status) {
    case domain::PlacementStatus::Placed:
        return std::to_string(domain::box_index(placement.box));
    case domain::PlacementStatus::TooNewToAssess:
        return "too-new";
    case domain::PlacementStatus::NotPlaced:
        return "";
    }
    return "";
}

std::optional<domain::Placement> placement_from_value(const std::string& value) {
    if (value == "too-new") {
        return domain::Placement{domain::PlacementStatus::TooNewToAssess, {}};
    }
    for (std::size_t index = 0; index < domain::box_count; ++index) {
        if (value == std::to_string(index)) {
            return domain::placed_in(domain::box_at(index));
        }
    }
    return std::nullopt;
}

} // namespace leadline::web
