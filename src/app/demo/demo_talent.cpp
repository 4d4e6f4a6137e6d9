#include "app/demo/demo_talent.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "app/demo/demo_pools.hpp"
#include "app/talent/talent_reviews.hpp"
#include "domain/core/rng.hpp"

namespace leadline::app {

namespace {

using domain::PersonId;

// Evidence an assessor might write, by indicator and by level (1 to 4). Our own words.
const std::map<std::string, std::array<std::vector<const char*>, 4>>& evidence_texts() {
    static const std::map<std::string, std::array<std::vector<const char*>, 4>> texts{
        {"performance",
         {{{"The spring restructure slipped twice and the handover notes were left for others to finish.",
            "Missed the quarterly return deadline again; we agreed support but it has not changed yet."},
           {"Delivered the routine caseload on time; the new intake process needed a lot of steer from me.",
            "Good on the day-to-day work, but the winter plan relied on the deputy to pull it together."},
           {"Ran the rota redesign end to end and cut agency spend by a fifth without a drop in cover.",
            "Took on the budget recovery plan when the lead left and closed the gap by the year end."},
           {"Led the joint inspection preparation across three teams; the inspectors singled out the work.",
            "Asked for by other directorates on their hardest cases, and has delivered each time this "
            "year."}}}},
        {"purpose",
         {{{"Has told me they are content in the current role and do not want a bigger one for now.",
            "Turned down the acting-up opportunity and the leadership course this year."},
           {"Mentions wanting promotion in one-to-ones but has not asked for stretch work or applied.",
            "Talks about a bigger role one day; no steps towards it yet."},
           {"Asked to shadow the director's budget meetings and signed up for the mentoring scheme.",
            "Volunteered for the cross-council project to learn commissioning, and can say why it matters."},
           {"Sought out a secondment to the health partnership for the service's sake, with a plan for it.",
            "Built their own development plan with the mentor and is already acting up two days a week."}}}},
        {"values",
         {{{"Two complaints this year about how meetings were run; staff felt talked over.",
            "Cut corners on the consultation when the deadline pressed, which we had to put right."},
           {"Usually fair and open, though under pressure they fall back on deciding alone.",
            "Works within the values most of the time; the team noticed lapses during the winter peak."},
           {"Kept the consultation open to tenants' groups when it would have been quicker not to.",
            "Made sure the part-time staff were heard in the rota review, including the night team."},
           {"Stood up for a whistleblower's concerns when it was unpopular and saw them through properly.",
            "The person others point to: invites challenge and gives credit to the quiet contributors."}}}},
    };
    return texts;
}

std::string evidence_for(domain::Rng& rng, const std::string& indicator, int level) {
    const auto found = evidence_texts().find(indicator);
    const auto& choices = found->second[static_cast<std::size_t>(level - 1)];
    return choices[static_cast<std::size_t>(rng.between(0, std::ssize(choices) - 1))];
}

int level_of(double latent) {
    return static_cast<int>(std::clamp(std::lround(latent), 1L, 4L));
}

std::string sex_of(const std::unordered_map<std::int64_t, domain::EqualityRecord>& records, PersonId person) {
    const auto record = records.find(person.value());
    if (record == records.end()) {
        return "";
    }
    const auto sex = record->second.find(domain::EqualityField::Sex);
    return sex == record->second.end() ? "" : sex->second;
}

// The reviewer the bias is planted in: the line manager with the most women and men both under review (the
// smaller of the two counts), preferring one whose other people (no sex recorded, or another value) are
// none or at least five. The fairness page rightly hides figures a small group could be worked out from,
// so the demo plants its bias where the numbers are large enough to show it.
PersonId planted_reviewer(const std::vector<ReviewMember>& members,
                          const std::unordered_map<std::int64_t, domain::EqualityRecord>& records) {
    struct Counts {
        int women = 0;
        int men = 0;
        int others = 0;
        [[nodiscard]] int score() const {
            const bool clean = others == 0 || others >= 5;
            return std::min(women, men) - (clean ? 0 : 1000);
        }
    };
    std::map<std::int64_t, Counts> counts;
    for (const auto& member : members) {
        if (!member.line_manager) {
            continue;
        }
        const auto sex = sex_of(records, member.person);
        auto& each = counts[member.line_manager->value()];
        each.women += sex == "Female" ? 1 : 0;
        each.men += sex == "Male" ? 1 : 0;
        each.others += sex != "Female" && sex != "Male" ? 1 : 0;
    }
    const auto most = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second.score() < b.second.score();
    });
    return most == counts.end() ? PersonId{} : PersonId{most->first};
}

bool is_woman(const std::unordered_map<std::int64_t, domain::EqualityRecord>& records, PersonId person) {
    return sex_of(records, person) == "Female";
}

struct Assessing {
    Store& store;
    const domain::Framework& framework;
    domain::Rng& rng;
    std::int64_t review = 0;
    std::int64_t now = 0;
    PersonId biased; // none for no planted bias
    std::size_t assessments = 0;
};

// One line manager's assessment of one member, with the placement it suggests proposed; "too new to
// assess" for about one in twelve.
domain::Result<void> assess(Assessing& run, const ReviewMember& member,
                            const std::unordered_map<std::int64_t, domain::EqualityRecord>& records) {
    const auto manager = *member.line_manager;
    if (run.rng.chance(1.0 / 12.0)) {
        return propose_talent_placement(run.store, run.review, member.person, manager,
                                        {domain::PlacementStatus::TooNewToAssess, {}});
    }
    const double ability = run.rng.normal(0.0, 0.7);
    const bool lowered = manager == run.biased && is_woman(records, member.person);
    std::vector<domain::IndicatorRating> ratings;
    for (const auto& indicator : run.framework.attributes) {
        const double latent = 2.7 + ability + run.rng.normal(0.0, 0.5);
        const int evidenced = level_of(latent);
        // The planted bias: the evidence written is the evidence for the real level, the level given
        // for potential is one lower.
        const int given =
            lowered && indicator.id.value() != "performance" ? std::max(1, evidenced - 1) : evidenced;
        ratings.push_back({indicator.id, given, evidence_for(run.rng, indicator.id.value(), evidenced)});
    }
    if (auto saved = save_talent_assessment(run.store, run.framework, run.review, member.person, manager,
                                            ratings, run.now);
        !saved) {
        return saved;
    }
    ++run.assessments;
    const auto box = domain::suggested_box(domain::default_axes(run.framework), run.framework.scale, ratings);
    return propose_talent_placement(run.store, run.review, member.person, manager, domain::placed_in(*box));
}

domain::Result<std::optional<std::int64_t>> unit_named(Store& store, std::string_view name) {
    auto units = store.people().units();
    if (!units) {
        return domain::fail(units.error());
    }
    for (const auto& unit : *units) {
        if (unit.path == name) {
            return unit.id.value();
        }
    }
    return std::optional<std::int64_t>{};
}

} // namespace

namespace {

// What someone putting themselves forward writes: one account per indicator.
domain::Result<void> put_forward(Assessing& run, PersonId person) {
    static const std::map<std::string, const char*> self_evidence{
        {"performance",
         "I led our move to the new case system and kept every statutory deadline through it."},
        {"purpose", "I want to lead a service within three years and have asked to join the acting-up rota."},
        {"values", "I make a point of hearing from the part-time and night staff before a change is agreed."},
    };
    std::vector<domain::IndicatorRating> ratings;
    for (const auto& indicator : run.framework.attributes) {
        const auto text = self_evidence.find(indicator.id.value());
        ratings.push_back({indicator.id, 3, text == self_evidence.end() ? "" : text->second});
    }
    return save_talent_assessment(run.store, run.framework, run.review, person, person, ratings, run.now);
}

// Views recorded before the meeting: each reviewer looks at a few of other reviewers' people.
domain::Result<void> record_views(Store& store, domain::Rng& rng, std::int64_t review,
                                  const std::vector<ReviewMember>& members, std::int64_t at) {
    std::vector<PersonId> reviewers;
    for (const auto& member : members) {
        if (member.line_manager &&
            std::find(reviewers.begin(), reviewers.end(), *member.line_manager) == reviewers.end()) {
            reviewers.push_back(*member.line_manager);
        }
    }
    for (const auto reviewer : reviewers) {
        int recorded = 0;
        for (const auto& member : members) {
            if (recorded == 4 || !member.line_manager || *member.line_manager == reviewer ||
                member.proposed.status != domain::PlacementStatus::Placed || !rng.chance(0.2)) {
                continue;
            }
            const bool agrees = rng.chance(0.8);
            const domain::PreMeetingView view{
                reviewer, member.person, agrees,
                agrees ? "" : "I worked with them on the joint project and saw more than this suggests."};
            if (auto saved = store.talent_reviews().save_view(review, view, at); !saved) {
                return saved;
            }
            ++recorded;
        }
    }
    return {};
}

// The meeting's moves: people in the corner boxes pulled towards the middle, as meetings tend to, and
// one moved up on a colleague's evidence. Each proposed by a reviewer other than the person's manager.
domain::Result<std::size_t> make_moves(Store& store, domain::Rng& rng, std::int64_t review,
                                       const std::vector<ReviewMember>& members, std::int64_t at) {
    static const std::vector<const char*> reasons{
        "The delivery evidence is from one project; the meeting agreed it does not yet show a pattern.",
        "Two reviewers have worked with them and describe results beyond the current role.",
        "The rating rests on last year's incident; the meeting saw improvement since then.",
        "Potential is evidenced only by their own statement so far; we agreed to look again in six months.",
    };
    std::size_t moves = 0;
    for (const auto& member : members) {
        if (moves == 8 || member.now.status != domain::PlacementStatus::Placed || !member.line_manager) {
            continue;
        }
        const auto box = member.now.box;
        const bool corner =
            box.performance != domain::Band::Moderate && box.potential != domain::Band::Moderate;
        if (!corner || !rng.chance(0.5)) {
            continue;
        }
        const auto towards_middle = domain::Box{box.performance, domain::Band::Moderate};
        PersonId proposer = *member.line_manager;
        for (const auto& other : members) {
            if (other.line_manager && *other.line_manager != *member.line_manager) {
                proposer = *other.line_manager;
                break;
            }
        }
        const domain::MoveRequest move{member.person, domain::placed_in(towards_middle),
                                       reasons[moves % reasons.size()], proposer, member.revision};
        if (auto moved =
                move_talent_placement(store, review, move, at + static_cast<std::int64_t>(moves) * 60);
            !moved) {
            return domain::fail(moved.error());
        }
        ++moves;
    }
    return moves;
}

// A review of everyone in the unit, each member's line manager assessing them with the chance given, and
// about one member in ten putting themselves forward. With `plant_bias`, one reviewer rates women's
// potential low.
domain::Result<std::optional<std::int64_t>> demo_review(Assessing& run, const LoadedFramework& framework,
                                                        std::string_view unit_path, std::string name,
                                                        double share_assessed, bool plant_bias) {
    auto unit = unit_named(run.store, unit_path);
    if (!unit || !*unit) {
        return unit;
    }
    NewTalentReview wanted;
    wanted.name = std::move(name);
    wanted.population = {PopulationKind::Unit, **unit, ""};
    auto review = start_talent_review(run.store, framework, wanted, run.now);
    auto records = run.store.equality().equality_records();
    if (!review || !records) {
        return domain::fail(!review ? review.error() : records.error());
    }
    run.review = *review;
    auto members = run.store.talent_reviews().members(run.review);
    if (!members) {
        return domain::fail(members.error());
    }
    run.biased = plant_bias ? planted_reviewer(*members, *records) : PersonId{};
    for (const auto& member : *members) {
        if (member.line_manager && run.rng.chance(share_assessed)) {
            if (auto assessed = assess(run, member, *records); !assessed) {
                return domain::fail(assessed.error());
            }
        }
        if (run.rng.chance(0.1)) {
            if (auto forward = put_forward(run, member.person); !forward) {
                return domain::fail(forward.error());
            }
        }
    }
    return std::optional<std::int64_t>{run.review};
}

// The calibrating review's meeting: views first, then the stage, then the moves.
domain::Result<std::size_t> hold_meeting(Store& store, domain::Rng& rng, std::int64_t review,
                                         std::int64_t now) {
    auto members = store.talent_reviews().members(review);
    if (!members) {
        return domain::fail(members.error());
    }
    if (auto viewed = record_views(store, rng, review, *members, now); !viewed) {
        return domain::fail(viewed.error());
    }
    if (auto staged = store.talent_reviews().set_stage(review, TalentReviewStage::Calibrating); !staged) {
        return domain::fail(staged.error());
    }
    return make_moves(store, rng, review, *members, now + 86400);
}

// Last year's review of a third department: everyone assessed, the meeting held, the review closed.
domain::Result<std::optional<std::int64_t>> close_last_years_review(Assessing& run,
                                                                    const LoadedFramework& framework,
                                                                    domain::Rng& rng, std::int64_t now) {
    const auto year_ago = now - 365 * 86'400;
    run.now = year_ago;
    auto review =
        demo_review(run, framework, "Adult Social Care", "Adult Social Care talent review 2025", 1.0, false);
    run.now = now;
    if (!review || !*review) {
        return review;
    }
    if (auto met = hold_meeting(run.store, rng, **review, year_ago); !met) {
        return domain::fail(met.error());
    }
    if (auto closed = run.store.talent_reviews().set_stage(**review, TalentReviewStage::Closed); !closed) {
        return domain::fail(closed.error());
    }
    return review;
}

} // namespace

domain::Result<std::optional<DemoTalent>> write_demo_talent(Store& store, const LoadedFramework& framework,
                                                            std::uint64_t seed, std::int64_t now) {
    if (framework.framework.use != domain::FrameworkUse::TalentReview) {
        return std::optional<DemoTalent>{};
    }
    constexpr std::uint64_t own_stream = 0x7a1e'27;
    domain::Rng rng(seed ^ own_stream);
    Assessing run{store, framework.framework, rng, 0, now, {}, 0};
    auto calibrating = demo_review(run, framework, "Housing and Communities",
                                   "Housing and Communities talent review 2026", 1.0, true);
    if (!calibrating) {
        return domain::fail(calibrating.error());
    }
    if (!*calibrating) {
        return std::optional<DemoTalent>{};
    }
    DemoTalent talent;
    talent.calibrating_review = **calibrating;
    talent.biased_reviewer = run.biased;
    auto moves = hold_meeting(store, rng, talent.calibrating_review, now);
    if (!moves) {
        return domain::fail(moves.error());
    }
    talent.moves = *moves;
    auto assessing = demo_review(run, framework, "Environment and Transport",
                                 "Environment and Transport talent review 2026", 0.5, false);
    if (!assessing) {
        return domain::fail(assessing.error());
    }
    if (!*assessing) {
        return std::optional<DemoTalent>{};
    }
    talent.assessing_review = **assessing;
    auto closed = close_last_years_review(run, framework, rng, now);
    if (!closed) {
        return domain::fail(closed.error());
    }
    if (!*closed) {
        return std::optional<DemoTalent>{};
    }
    talent.closed_review = **closed;
    auto pool = write_demo_pool(store, talent.closed_review, now);
    if (!pool) {
        return domain::fail(pool.error());
    }
    talent.pool = pool->pool;
    talent.pool_members = pool->current;
    talent.assessments = run.assessments;
    for (const auto review : {talent.calibrating_review, talent.assessing_review, talent.closed_review}) {
        auto members = store.talent_reviews().members(review);
        if (!members) {
            return domain::fail(members.error());
        }
        talent.people += members->size();
    }
    return std::optional<DemoTalent>{talent};
}

} // namespace leadline::app
