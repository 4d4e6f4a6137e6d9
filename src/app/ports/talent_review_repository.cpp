#include "app/ports/talent_review_repository.hpp"

namespace leadline::app {

std::string_view to_string(TalentReviewStage stage) {
    switch (stage) {
    case TalentReviewStage::Assessing:
        return "assessing";
    case TalentReviewStage::Calibrating:
        return "calibrating";
    case TalentReviewStage::Closed:
        return "closed";
    }
    return "";
}

std::optional<TalentReviewStage> talent_review_stage_from(std::string_view text) {
    for (const auto stage :
         {TalentReviewStage::Assessing, TalentReviewStage::Calibrating, TalentReviewStage::Closed}) {
        if (to_string(stage) == text) {
            return stage;
        }
    }
    return std::nullopt;
}

} // namespace leadline::app
