#include "app/talent/talent_json.hpp"

#include "app/text/json_writer.hpp"

namespace leadline::app {

namespace {

void write_placement(JsonWriter& json, const domain::Placement& placement) {
    switch (placement.status) {
    case domain::PlacementStatus::NotPlaced:
        json.null();
        return;
    case domain::PlacementStatus::TooNewToAssess:
        json.begin_object().key("status").string("too_new_to_assess").end_object();
        return;
    case domain::PlacementStatus::Placed:
        json.begin_object()
            .key("status")
            .string("placed")
            .key("performance")
            .string(domain::band_label(placement.box.performance))
            .key("potential")
            .string(domain::band_label(placement.box.potential))
            .end_object();
        return;
    }
}

std::string_view strength_name(domain::EvidenceStrength strength) {
    switch (strength) {
    case domain::EvidenceStrength::Thin:
        return "thin";
    case domain::EvidenceStrength::Some:
        return "some";
    case domain::EvidenceStrength::Broad:
        return "broad";
    }
    return "";
}

} // namespace

std::string talent_review_json(const TalentBoard& board) {
    JsonWriter json;
    const auto& review = board.review;
    json.begin_object().key("id").integer(review.id).key("name").string(review.name);
    json.key("framework")
        .string(review.framework.value())
        .key("framework_version")
        .string(review.framework_version);
    json.key("population").string(review.population).key("stage").string(to_string(review.stage));
    json.key("smallest_group_shown").integer(review.minimum_group).key("people").begin_array();
    for (const auto& row : board.rows) {
        json.begin_object().key("person").integer(row.member.person.value()).key("name").string(row.name);
        json.key("line_manager");
        if (row.member.line_manager) {
            json.integer(row.member.line_manager->value());
        } else {
            json.null();
        }
        json.key("proposed");
        write_placement(json, row.member.proposed);
        json.key("now");
        write_placement(json, row.member.now);
        json.key("revision").integer(row.member.revision);
        json.key("assessed_by_line_manager")
            .boolean(row.assessed)
            .key("put_themselves_forward")
            .boolean(row.put_forward);
        json.key("evidence")
            .begin_object()
            .key("assessors")
            .integer(row.evidence.assessors)
            .key("raters")
            .integer(row.evidence.raters)
            .key("strength")
            .string(strength_name(domain::evidence_strength(row.evidence)))
            .end_object();
        json.key("views_before_meeting")
            .integer(row.views)
            .key("views_disagreeing")
            .integer(row.views_disagreeing);
        json.key("moves").integer(row.moves).end_object();
    }
    json.end_array().end_object();
    return json.text();
}

} // namespace leadline::app
