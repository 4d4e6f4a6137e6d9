#include "app/talent/talent_reviews.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "app/people/equality_settings.hpp"
#include "domain/core/text.hpp"
#include "domain/talent/assessment.hpp"
#include "domain/talent/fairness_by_reviewer.hpp"
#include "domain/talent/fairness_groups.hpp"
#include "domain/talent/fairness_intersections.hpp"

namespace leadline::app {

using domain::ErrorCode;
using domain::PersonId;
using domain::Result;

namespace {

constexpr std::string_view not_in_review = "There is no such person in this talent review.";

// The people the choice covers, who have not left, with a description of the choice in words.
Result<std::pair<std::vector<domain::Person>, std::string>> population_of(Store& store,
                                                                          const PopulationChoice& choice) {
    auto everyone = store.people().people();
    if (!everyone) {
        return domain::fail(everyone.error());
    }
    std::erase_if(*everyone, [](const domain::Person& person) { return person.left_at.has_value(); });
    std::string described = "Everyone in the directory";
    if (choice.kind == PopulationKind::Unit) {
        auto units = store.people().units();
        if (!units) {
            return domain::fail(units.error());
        }
        const auto unit = std::find_if(units->begin(), units->end(), [&](const domain::OrgUnit& each) {
            return each.id.value() == choice.unit_or_cycle;
        });
        if (unit == units->end()) {
            return domain::fail(ErrorCode::NotFound, "There is no such unit.");
        }
        std::set<std::int64_t> within;
        for (const auto& each : *units) {
            if (domain::unit_holds(unit->path, each.path)) {
                within.insert(each.id.value());
            }
        }
        std::erase_if(*everyone,
                      [&](const domain::Person& person) { return within.count(person.unit.value()) == 0; });
        described = unit->path + " and the units within it";
    } else if (choice.kind == PopulationKind::Grade) {
        const auto wanted = domain::lowered(domain::trimmed_view(choice.grade));
        std::erase_if(*everyone, [&](const domain::Person& person) {
            return domain::lowered(domain::trimmed_view(person.grade)) != wanted;
        });
        described = "Everyone on grade " + std::string(domain::trimmed_view(choice.grade));
    } else if (choice.kind == PopulationKind::Cycle) {
        auto cycle = store.cycles().load_cycle(domain::CycleId(choice.unit_or_cycle));
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        std::set<std::int64_t> subjects;
        for (const auto& subject : cycle->subjects()) {
            subjects.insert(subject.person.value());
        }
        std::erase_if(*everyone,
                      [&](const domain::Person& person) { return subjects.count(person.id.value()) == 0; });
        described = "The subjects of " + cycle->settings().name;
    }
    return std::make_pair(std::move(*everyone), described);
}

Result<void> check_new_review(const LoadedFramework& framework, const NewTalentReview& review) {
    if (domain::trimmed_view(review.name).empty()) {
        return domain::fail(ErrorCode::InvalidInput, "Give the talent review a name.");
    }
    if (framework.framework.use != domain::FrameworkUse::TalentReview) {
        return domain::fail(ErrorCode::InvalidInput, "The framework " + framework.framework.name +
                                                         " is not meant for talent reviews.");
    }
    if (review.minimum_group < 2) {
        return domain::fail(ErrorCode::InvalidInput, "The smallest group shown must be at least 2 people.");
    }
    return {};
}

// The review and the member, or NotFound when the review does not include the person.
struct ReviewAndMember {
    TalentReview review;
    ReviewMember member;
};

// The review, or NotFound.
Result<TalentReview> existing_review(Store& store, std::int64_t review) {
    auto found = store.talent_reviews().review(review);
    if (!found) {
        return domain::fail(found.error());
    }
    if (!*found) {
        return domain::fail(ErrorCode::NotFound, "There is no such talent review.");
    }
    return std::move(**found);
}

Result<ReviewAndMember> find_member(Store& store, std::int64_t review, PersonId person) {
    auto found = existing_review(store, review);
    if (!found) {
        return domain::fail(found.error());
    }
    auto member = store.talent_reviews().member(review, person);
    if (!member) {
        return domain::fail(member.error());
    }
    if (!*member) {
        return domain::fail(ErrorCode::NotFound, std::string(not_in_review));
    }
    return ReviewAndMember{std::move(*found), **member};
}

Result<void> still_assessing(const TalentReview& review) {
    if (review.stage != TalentReviewStage::Assessing) {
        return domain::fail(
            ErrorCode::FailedPrecondition,
            "Calibration of this review has begun, so assessments and proposed placements are "
            "fixed; the meeting moves placements now.");
    }
    return {};
}

} // namespace

Result<std::int64_t> start_talent_review(Store& store, const LoadedFramework& framework,
                                         const NewTalentReview& review, std::int64_t now) {
    if (auto checked = check_new_review(framework, review); !checked) {
        return domain::fail(checked.error());
    }
    std::int64_t id = 0;
    auto written = store.in_transaction([&]() -> Result<void> {
        auto population = population_of(store, review.population);
        if (!population) {
            return domain::fail(population.error());
        }
        if (population->first.empty()) {
            return domain::fail(ErrorCode::InvalidInput, population->second + " is nobody at present; choose "
                                                                              "another population.");
        }
        if (auto saved = store.frameworks().save_framework(
                framework.framework.id.value(), framework.framework.version, framework.source_text);
            !saved) {
            return saved;
        }
        TalentReview stored;
        stored.name = std::string(domain::trimmed_view(review.name));
        stored.framework = framework.framework.id;
        stored.framework_version = framework.framework.version;
        stored.population = population->second;
        stored.minimum_group = review.minimum_group;
        stored.created_at = now;
        std::vector<ReviewMember> members;
        for (const auto& person : population->first) {
            auto& member = members.emplace_back();
            member.person = person.id;
            member.line_manager = person.line_manager;
        }
        auto created = store.talent_reviews().create_review(stored, members);
        if (!created) {
            return domain::fail(created.error());
        }
        id = *created;
        return {};
    });
    if (!written) {
        return domain::fail(written.error());
    }
    return id;
}

Result<void> advance_talent_review(Store& store, std::int64_t review, TalentReviewStage to) {
    auto found = existing_review(store, review);
    if (!found) {
        return domain::fail(found.error());
    }
    const bool next =
        (found->stage == TalentReviewStage::Assessing && to == TalentReviewStage::Calibrating) ||
        (found->stage == TalentReviewStage::Calibrating && to == TalentReviewStage::Closed);
    if (!next) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "This review is " + std::string(to_string(found->stage)) + " and cannot become " +
                                std::string(to_string(to)) +
                                "; a review goes from assessing to calibrating "
                                "to closed.");
    }
    return store.talent_reviews().set_stage(review, to);
}

Result<void> save_talent_assessment(Store& store, const domain::Framework& framework, std::int64_t review,
                                    PersonId person, PersonId assessor,
                                    const std::vector<domain::IndicatorRating>& ratings, std::int64_t now) {
    auto found = find_member(store, review, person);
    if (!found) {
        return domain::fail(found.error());
    }
    const bool is_manager = found->member.line_manager == assessor;
    if (!is_manager && assessor != person) {
        return domain::fail(ErrorCode::NotFound, std::string(not_in_review));
    }
    if (auto open = still_assessing(found->review); !open) {
        return open;
    }
    const auto problems = domain::assessment_problems(framework, ratings);
    if (!problems.empty()) {
        std::string message = "The assessment was not saved:";
        for (const auto& problem : problems) {
            message.append("\n").append(problem.message);
        }
        return domain::fail(ErrorCode::InvalidInput, message);
    }
    StoredAssessment assessment;
    assessment.person = person;
    assessment.assessor = assessor;
    assessment.role = is_manager ? domain::AssessorRole::LineManager : domain::AssessorRole::Self;
    assessment.ratings = ratings;
    assessment.updated_at = now;
    return store.talent_reviews().save_assessment(review, assessment);
}

Result<void> propose_talent_placement(Store& store, std::int64_t review, PersonId person, PersonId by,
                                      const domain::Placement& placement) {
    auto found = find_member(store, review, person);
    if (!found) {
        return domain::fail(found.error());
    }
    if (found->member.line_manager != by) {
        return domain::fail(ErrorCode::NotFound, std::string(not_in_review));
    }
    if (auto open = still_assessing(found->review); !open) {
        return open;
    }
    if (placement.status == domain::PlacementStatus::NotPlaced) {
        return domain::fail(ErrorCode::InvalidInput, "Choose a box, or \"Too new to assess\".");
    }
    return store.talent_reviews().propose_placement(review, person, placement);
}

Result<void> move_talent_placement(Store& store, std::int64_t review, const domain::MoveRequest& move,
                                   std::int64_t now) {
    return store.in_transaction([&]() -> Result<void> {
        if (auto exists = existing_review(store, review); !exists) {
            return domain::fail(exists.error());
        }
        auto found = find_member(store, review, move.person);
        const bool in_population = found.has_value();
        if (!found && found.error().code != ErrorCode::NotFound) {
            return domain::fail(found.error());
        }
        if (found && found->review.stage != TalentReviewStage::Calibrating) {
            return domain::fail(ErrorCode::FailedPrecondition,
                                "Placements move only while the review is being calibrated.");
        }
        const domain::CurrentPlacement current{found ? found->member.now : domain::Placement{},
                                               found ? found->member.revision : 0};
        if (auto checked = domain::check_move(move, current, in_population); !checked) {
            return checked;
        }
        const PlacementMove made{move.person,      current.placement,
                                 move.to,          std::string(domain::trimmed_view(move.reason)),
                                 move.proposed_by, now};
        auto moved = store.talent_reviews().move_placement(review, made, move.revision_seen);
        if (!moved) {
            return domain::fail(moved.error());
        }
        if (!*moved) {
            // Someone else's move landed between the read and the write: say what it is now.
            auto again = find_member(store, review, move.person);
            if (!again) {
                return domain::fail(again.error());
            }
            return domain::check_move(move, {again->member.now, again->member.revision}, true);
        }
        return {};
    });
}

Result<std::vector<ReviewMember>> reviewer_population(Store& store, std::int64_t review, PersonId reviewer) {
    if (auto exists = existing_review(store, review); !exists) {
        return domain::fail(exists.error());
    }
    auto members = store.talent_reviews().members(review);
    auto people = store.people().people();
    if (!members || !people) {
        return domain::fail(!members ? members.error() : people.error());
    }
    const bool reviews_someone = std::any_of(members->begin(), members->end(), [&](const ReviewMember& each) {
        return each.line_manager == reviewer;
    });
    if (!reviews_someone) {
        return domain::fail(ErrorCode::NotFound, "There is no such page.");
    }
    std::unordered_map<std::int64_t, std::optional<PersonId>> managers;
    for (const auto& person : *people) {
        managers.emplace(person.id.value(), person.line_manager);
    }
    const auto manager_of = [&](PersonId person) {
        const auto found = managers.find(person.value());
        return found == managers.end() ? std::optional<PersonId>{} : found->second;
    };
    // Themselves and everyone above them, walked up the line (a loop in the directory ends the walk).
    std::set<std::int64_t> hidden{reviewer.value()};
    for (auto above = manager_of(reviewer); above && hidden.insert(above->value()).second;) {
        above = manager_of(*above);
    }
    const auto own_manager = manager_of(reviewer);
    std::erase_if(*members, [&](const ReviewMember& member) {
        const auto manager = manager_of(member.person);
        const bool peer = own_manager && manager == own_manager;
        const bool own_person = member.line_manager == reviewer;
        return peer || own_person || hidden.count(member.person.value()) != 0;
    });
    return std::move(*members);
}

Result<void> record_disagreement(Store& store, std::int64_t review, PersonId person, const std::string& said,
                                 std::int64_t now) {
    auto found = find_member(store, review, person);
    if (!found) {
        return domain::fail(found.error());
    }
    if (found->review.stage != TalentReviewStage::Closed) {
        return domain::fail(
            ErrorCode::FailedPrecondition,
            "You can say whether you disagree once the review closes and your placement is shown.");
    }
    const auto text = std::string(domain::trimmed_view(said));
    if (text.empty()) {
        return domain::fail(ErrorCode::InvalidInput, "Say what you disagree with.");
    }
    if (domain::written_length(text) > 2000) {
        return domain::fail(ErrorCode::InvalidInput, "Keep what you say to 2,000 characters.");
    }
    return store.talent_reviews().save_disagreement(review, {person, text, now});
}

Result<void> record_pre_meeting_view(Store& store, std::int64_t review, const domain::PreMeetingView& view,
                                     std::int64_t now) {
    auto population = reviewer_population(store, review, view.reviewer);
    if (!population) {
        return domain::fail(population.error());
    }
    const bool visible = std::any_of(population->begin(), population->end(),
                                     [&](const ReviewMember& each) { return each.person == view.person; });
    if (!visible) {
        return domain::fail(ErrorCode::NotFound, std::string(not_in_review));
    }
    auto found = existing_review(store, review);
    if (!found) {
        return domain::fail(found.error());
    }
    if (found->stage != TalentReviewStage::Assessing) {
        return domain::fail(ErrorCode::FailedPrecondition,
                            "The meeting has begun, so views before it can no longer be recorded.");
    }
    domain::PreMeetingView kept = view;
    kept.note = std::string(domain::trimmed_view(view.note));
    if (!kept.agrees && kept.note.empty()) {
        return domain::fail(ErrorCode::InvalidInput,
                            "Say why you do not agree, so the meeting knows what to ask.");
    }
    if (domain::written_length(kept.note) > domain::longest_reason) {
        return domain::fail(ErrorCode::InvalidInput, "Keep the note to 1,000 characters.");
    }
    return store.talent_reviews().save_view(review, kept, now);
}

namespace {

// What the fairness figures are worked out from, read once.
struct FairnessInputs {
    TalentReview review;
    std::vector<ReviewMember> members;
    std::unordered_map<std::int64_t, domain::EqualityRecord> records;
    domain::EqualityCategories categories;
};

Result<FairnessInputs> fairness_inputs(Store& store, std::int64_t review) {
    auto found = existing_review(store, review);
    if (!found) {
        return domain::fail(found.error());
    }
    auto members = store.talent_reviews().members(review);
    auto records = store.equality().equality_records();
    auto categories = equality_categories_in_use(store);
    if (!members || !records || !categories) {
        return domain::fail(!members ? members.error() : !records ? records.error() : categories.error());
    }
    return FairnessInputs{std::move(*found), std::move(*members), std::move(*records),
                          std::move(*categories)};
}

Result<std::vector<TalentFairness>> overall_fairness(const FairnessInputs& inputs) {
    std::vector<domain::ReviewedPerson> people;
    for (const auto& member : inputs.members) {
        people.push_back({member.person, member.proposed, member.now});
    }
    std::vector<TalentFairness> all;
    for (const auto field : domain::equality_fields) {
        if (inputs.categories.of(field).empty()) {
            continue;
        }
        TalentFairness fairness;
        fairness.field = field;
        const std::pair<domain::ReviewOutcome, domain::FairnessCheck*> outcomes[] = {
            {domain::ReviewOutcome::TopBox, &fairness.top_boxes},
            {domain::ReviewOutcome::HighPotential, &fairness.high_potential},
            {domain::ReviewOutcome::MovedDown, &fairness.moved_down}};
        for (const auto& [outcome, into] : outcomes) {
            const auto kind = outcome == domain::ReviewOutcome::MovedDown ? domain::OutcomeKind::Adverse
                                                                          : domain::OutcomeKind::Favourable;
            const auto groups =
                domain::group_counts(people, inputs.records, field, inputs.categories, outcome);
            auto check = domain::check_fairness(groups, kind, inputs.review.minimum_group);
            if (!check) {
                return domain::fail(check.error());
            }
            *into = std::move(*check);
        }
        all.push_back(std::move(fairness));
    }
    return all;
}

// High potential counts the same people as the top boxes, so its cells are hidden exactly where the top
// boxes' are: the top boxes' hiding is worked out once and carried over.
Result<std::vector<domain::FairnessCheck>> same_hiding(std::vector<std::vector<domain::GroupCount>> rows,
                                                       const std::vector<domain::FairnessCheck>& hidden_as,
                                                       int minimum) {
    std::vector<domain::FairnessCheck> checks;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (auto& cell : rows[r]) {
            for (const auto& group : hidden_as[r].groups) {
                if (group.group == cell.group && group.reading == domain::FairnessReading::Hidden) {
                    cell.withheld = true;
                }
            }
        }
        auto check = domain::check_fairness(rows[r], domain::OutcomeKind::Favourable, minimum);
        if (!check) {
            return domain::fail(check.error());
        }
        checks.push_back(std::move(*check));
    }
    return checks;
}

Result<FairnessByReviewer> reviewer_fairness(const FairnessInputs& inputs, const TalentFairness& overall) {
    // Each reviewer's people, judged on what the reviewer proposed (before and now both the proposal).
    std::vector<PersonId> reviewers;
    std::unordered_map<std::int64_t, std::vector<domain::ReviewedPerson>> proposals;
    for (const auto& member : inputs.members) {
        if (member.line_manager) {
            auto& people = proposals[member.line_manager->value()];
            if (people.empty()) {
                reviewers.push_back(*member.line_manager);
            }
            people.push_back({member.person, member.proposed, member.proposed});
        }
    }
    std::vector<std::string> hidden_overall;
    for (const auto& group : overall.top_boxes.groups) {
        if (group.reading == domain::FairnessReading::Hidden) {
            hidden_overall.push_back(group.group);
        }
    }
    const auto rows_for = [&](domain::ReviewOutcome outcome) {
        std::vector<std::vector<domain::GroupCount>> rows;
        rows.reserve(reviewers.size());
        for (const auto reviewer : reviewers) {
            rows.push_back(domain::group_counts(proposals[reviewer.value()], inputs.records, overall.field,
                                                inputs.categories, outcome));
        }
        return rows;
    };
    const int minimum = inputs.review.minimum_group;
    auto top = domain::check_fairness_by_reviewer(rows_for(domain::ReviewOutcome::TopBox), hidden_overall,
                                                  domain::OutcomeKind::Favourable, minimum);
    if (!top) {
        return domain::fail(top.error());
    }
    auto high = same_hiding(rows_for(domain::ReviewOutcome::HighPotential), *top, minimum);
    if (!high) {
        return domain::fail(high.error());
    }
    FairnessByReviewer by_reviewer;
    by_reviewer.field = overall.field;
    for (std::size_t r = 0; r < reviewers.size(); ++r) {
        by_reviewer.reviewers.push_back({reviewers[r], std::move((*top)[r]), std::move((*high)[r])});
    }
    return by_reviewer;
}

} // namespace

Result<std::vector<TalentFairness>> talent_fairness(Store& store, std::int64_t review) {
    auto inputs = fairness_inputs(store, review);
    if (!inputs) {
        return domain::fail(inputs.error());
    }
    return overall_fairness(*inputs);
}

Result<TalentFairnessReport> talent_fairness_report(Store& store, std::int64_t review) {
    auto inputs = fairness_inputs(store, review);
    if (!inputs) {
        return domain::fail(inputs.error());
    }
    auto overall = overall_fairness(*inputs);
    if (!overall) {
        return domain::fail(overall.error());
    }
    TalentFairnessReport report;
    for (const auto& field : *overall) {
        auto by_reviewer = reviewer_fairness(*inputs, field);
        if (!by_reviewer) {
            return domain::fail(by_reviewer.error());
        }
        report.by_reviewer.push_back(std::move(*by_reviewer));
    }
    report.overall = std::move(*overall);
    return report;
}

Result<TalentIntersection> talent_intersection(Store& store, std::int64_t review, domain::EqualityField first,
                                               domain::EqualityField second) {
    auto inputs = fairness_inputs(store, review);
    if (!inputs) {
        return domain::fail(inputs.error());
    }
    if (first == second) {
        return domain::fail(ErrorCode::InvalidInput, "Choose two different characteristics.");
    }
    if (inputs->categories.of(first).empty() || inputs->categories.of(second).empty()) {
        return domain::fail(ErrorCode::InvalidInput,
                            "Your organisation does not record that characteristic.");
    }
    std::vector<domain::ReviewedPerson> people;
    people.reserve(inputs->members.size());
    for (const auto& member : inputs->members) {
        people.push_back({member.person, member.proposed, member.now});
    }
    TalentIntersection together{first, second, {}, {}};
    const std::pair<domain::ReviewOutcome, domain::FairnessCheck*> outcomes[] = {
        {domain::ReviewOutcome::TopBox, &together.top_boxes},
        {domain::ReviewOutcome::HighPotential, &together.high_potential}};
    for (const auto& [outcome, into] : outcomes) {
        const auto table =
            domain::intersection_counts(people, inputs->records, first, second, inputs->categories, outcome);
        auto check =
            domain::check_intersection(table, domain::OutcomeKind::Favourable, inputs->review.minimum_group);
        if (!check) {
            return domain::fail(check.error());
        }
        *into = std::move(*check);
    }
    return together;
}

Result<std::vector<FairnessByReviewer>> talent_fairness_by_reviewer(Store& store, std::int64_t review) {
    auto report = talent_fairness_report(store, review);
    if (!report) {
        return domain::fail(report.error());
    }
    return std::move(report->by_reviewer);
}

Result<std::vector<domain::ReviewerDrift>> talent_drift(Store& store, std::int64_t review) {
    auto members = store.talent_reviews().members(review);
    if (!members) {
        return domain::fail(members.error());
    }
    std::vector<domain::CalibrationOutcome> outcomes;
    for (const auto& member : *members) {
        outcomes.push_back({member.line_manager.value_or(PersonId{}), member.proposed, member.now});
    }
    return domain::drift_by_reviewer(outcomes);
}

} // namespace leadline::app
