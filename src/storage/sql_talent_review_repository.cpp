#include "storage/sql_talent_review_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::ErrorCode;
using domain::Placement;
using domain::PlacementStatus;
using domain::Result;

namespace {

std::string status_text(PlacementStatus status) {
    switch (status) {
    case PlacementStatus::NotPlaced:
        return "not-placed";
    case PlacementStatus::Placed:
        return "placed";
    case PlacementStatus::TooNewToAssess:
        return "too-new";
    }
    return "";
}

Result<Placement> placement_from(const std::string& status, int box) {
    Placement placement;
    if (status == "placed" && box >= 0 && box < static_cast<int>(domain::box_count)) {
        placement.status = PlacementStatus::Placed;
        placement.box = domain::box_at(static_cast<std::size_t>(box));
    } else if (status == "too-new") {
        placement.status = PlacementStatus::TooNewToAssess;
    } else if (status != "not-placed") {
        return domain::fail(ErrorCode::Internal, "A stored placement is unreadable: " + status);
    }
    return placement;
}

// The box kept beside a status (0 when the placement is not a box).
int box_number(const Placement& placement) {
    return placement.status == PlacementStatus::Placed ? static_cast<int>(domain::box_index(placement.box))
                                                       : 0;
}

std::string role_text(domain::AssessorRole role) {
    return role == domain::AssessorRole::Self ? "self" : "manager";
}

} // namespace

Result<std::int64_t> SqlTalentReviewRepository::create_review(const app::TalentReview& review,
                                                              const std::vector<app::ReviewMember>& members) {
    return guarded("saving a talent review", [&]() -> Result<std::int64_t> {
        const std::string framework = review.framework.value();
        const std::string stage(app::to_string(review.stage));
        long long created = review.created_at;
        long long id = 0;
        m_sql << "INSERT INTO talent_reviews (name, framework_id, framework_version, population, "
                 "minimum_group, "
                 "stage, created_at) VALUES (:name, :framework, :version, :population, :minimum, :stage, "
                 ":created) RETURNING id",
            soci::use(review.name), soci::use(framework), soci::use(review.framework_version),
            soci::use(review.population), soci::use(review.minimum_group), soci::use(stage),
            soci::use(created), soci::into(id);
        long long person = 0;
        long long manager = 0;
        soci::indicator manager_indicator = soci::i_null;
        const std::string not_placed = status_text(PlacementStatus::NotPlaced);
        soci::statement insert =
            (m_sql.prepare
                 << "INSERT INTO talent_review_people (review_id, person_id, line_manager_id, "
                    "proposed_status, proposed_box, now_status, now_box, revision) VALUES (:review, "
                    ":person, :manager, :status, 0, :again, 0, 0)",
             soci::use(id), soci::use(person), soci::use(manager, manager_indicator), soci::use(not_placed),
             soci::use(not_placed));
        for (const auto& member : members) {
            person = member.person.value();
            manager = member.line_manager ? member.line_manager->value() : 0;
            manager_indicator = member.line_manager ? soci::i_ok : soci::i_null;
            insert.execute(true);
        }
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<app::TalentReview>> SqlTalentReviewRepository::reviews_where(const std::string& where,
                                                                                long long key) {
    return guarded("reading talent reviews", [&]() -> Result<std::vector<app::TalentReview>> {
        app::TalentReview row;
        long long id = 0;
        std::string framework;
        std::string stage;
        long long created = 0;
        soci::statement rows =
            (m_sql.prepare << "SELECT id, name, framework_id, framework_version, population, minimum_group, "
                              "stage, created_at FROM talent_reviews WHERE " +
                                  where + " ORDER BY created_at DESC, id DESC",
             soci::use(key), soci::into(id), soci::into(row.name), soci::into(framework),
             soci::into(row.framework_version), soci::into(row.population), soci::into(row.minimum_group),
             soci::into(stage), soci::into(created));
        rows.execute();
        std::vector<app::TalentReview> found;
        while (rows.fetch()) {
            const auto parsed = app::talent_review_stage_from(stage);
            if (!parsed) {
                return domain::fail(ErrorCode::Internal,
                                    "A stored talent review has an unknown stage: " + stage);
            }
            auto& review = found.emplace_back(row);
            review.id = id;
            review.framework = domain::FrameworkId(framework);
            review.stage = *parsed;
            review.created_at = created;
        }
        return found;
    });
}

Result<std::vector<app::TalentReview>> SqlTalentReviewRepository::reviews() {
    return reviews_where("id > :key", 0);
}

Result<std::optional<app::TalentReview>> SqlTalentReviewRepository::review(std::int64_t id) {
    auto found = reviews_where("id = :key", id);
    if (!found) {
        return domain::fail(found.error());
    }
    return found->empty() ? std::nullopt : std::optional<app::TalentReview>(found->front());
}

Result<void> SqlTalentReviewRepository::set_stage(std::int64_t review, app::TalentReviewStage stage) {
    return guarded("changing a talent review's stage", [&]() -> Result<void> {
        const std::string text(app::to_string(stage));
        long long id = review;
        m_sql << "UPDATE talent_reviews SET stage = :stage WHERE id = :id", soci::use(text), soci::use(id);
        return {};
    });
}

Result<std::vector<app::ReviewMember>> SqlTalentReviewRepository::members(std::int64_t review) {
    return guarded("reading a talent review's people", [&] { return members_where(review, std::nullopt); });
}

Result<std::optional<app::ReviewMember>> SqlTalentReviewRepository::member(std::int64_t review,
                                                                           domain::PersonId person) {
    return guarded("reading one person of a talent review",
                   [&]() -> Result<std::optional<app::ReviewMember>> {
                       auto found = members_where(review, person);
                       if (!found) {
                           return domain::fail(found.error());
                       }
                       if (found->empty()) {
                           return std::optional<app::ReviewMember>{};
                       }
                       return std::optional<app::ReviewMember>{found->front()};
                   });
}

// The review's people, or the one person asked for; ordered by person id.
Result<std::vector<app::ReviewMember>>
SqlTalentReviewRepository::members_where(std::int64_t review, std::optional<domain::PersonId> only) {
    long long id = review;
    long long wanted = only ? only->value() : 0;
    long long person = 0;
    long long manager = 0;
    soci::indicator manager_indicator = soci::i_null;
    std::string proposed_status;
    int proposed_box = 0;
    std::string now_status;
    int now_box = 0;
    int revision = 0;
    soci::statement rows =
        (m_sql.prepare << "SELECT person_id, line_manager_id, proposed_status, proposed_box, now_status, "
                          "now_box, revision FROM talent_review_people WHERE review_id = :review AND "
                          "(:wanted = 0 OR person_id = :wanted_again) ORDER BY person_id",
         soci::use(id), soci::use(wanted), soci::use(wanted), soci::into(person),
         soci::into(manager, manager_indicator), soci::into(proposed_status), soci::into(proposed_box),
         soci::into(now_status), soci::into(now_box), soci::into(revision));
    rows.execute();
    std::vector<app::ReviewMember> found;
    while (rows.fetch()) {
        auto proposed = placement_from(proposed_status, proposed_box);
        auto now = placement_from(now_status, now_box);
        if (!proposed || !now) {
            return domain::fail(proposed ? now.error() : proposed.error());
        }
        auto& member = found.emplace_back();
        member.person = domain::PersonId(person);
        if (manager_indicator == soci::i_ok) {
            member.line_manager = domain::PersonId(manager);
        }
        member.proposed = *proposed;
        member.now = *now;
        member.revision = revision;
    }
    return found;
}

Result<void> SqlTalentReviewRepository::save_assessment(std::int64_t review,
                                                        const app::StoredAssessment& assessment) {
    return guarded("saving an assessment", [&]() -> Result<void> {
        long long id = review;
        long long person = assessment.person.value();
        long long assessor = assessment.assessor.value();
        long long updated = assessment.updated_at;
        const auto role = role_text(assessment.role);
        for (const auto* table : {"talent_ratings", "talent_assessments"}) {
            m_sql << std::string("DELETE FROM ") + table +
                         " WHERE review_id = :review AND person_id = :person AND assessor_id = :assessor",
                soci::use(id), soci::use(person), soci::use(assessor);
        }
        m_sql
            << "INSERT INTO talent_assessments (review_id, person_id, assessor_id, role, updated_at) VALUES "
               "(:review, :person, :assessor, :role, :updated)",
            soci::use(id), soci::use(person), soci::use(assessor), soci::use(role), soci::use(updated);
        std::string indicator;
        int level = 0;
        soci::indicator level_indicator = soci::i_null;
        std::string evidence;
        soci::statement insert =
            (m_sql.prepare
                 << "INSERT INTO talent_ratings (review_id, person_id, assessor_id, indicator, level, "
                    "evidence) VALUES (:review, :person, :assessor, :indicator, :level, :evidence)",
             soci::use(id), soci::use(person), soci::use(assessor), soci::use(indicator),
             soci::use(level, level_indicator), soci::use(evidence));
        for (const auto& rating : assessment.ratings) {
            indicator = rating.indicator.value();
            level = rating.level.value_or(0);
            level_indicator = rating.level ? soci::i_ok : soci::i_null;
            evidence = rating.evidence;
            insert.execute(true);
        }
        return {};
    });
}

Result<std::vector<app::StoredAssessment>> SqlTalentReviewRepository::assessments(std::int64_t review) {
    return guarded("reading assessments", [&]() -> Result<std::vector<app::StoredAssessment>> {
        long long id = review;
        long long person = 0;
        long long assessor = 0;
        std::string role;
        long long updated = 0;
        std::vector<app::StoredAssessment> found;
        soci::statement heads =
            (m_sql.prepare << "SELECT person_id, assessor_id, role, updated_at FROM talent_assessments WHERE "
                              "review_id = :review ORDER BY person_id, assessor_id",
             soci::use(id), soci::into(person), soci::into(assessor), soci::into(role), soci::into(updated));
        heads.execute();
        while (heads.fetch()) {
            auto& assessment = found.emplace_back();
            assessment.person = domain::PersonId(person);
            assessment.assessor = domain::PersonId(assessor);
            assessment.role = role == "self" ? domain::AssessorRole::Self : domain::AssessorRole::LineManager;
            assessment.updated_at = updated;
        }
        std::string indicator;
        int level = 0;
        soci::indicator level_indicator = soci::i_null;
        std::string evidence;
        soci::statement rows =
            (m_sql.prepare << "SELECT person_id, assessor_id, indicator, level, evidence FROM talent_ratings "
                              "WHERE review_id = :review ORDER BY person_id, assessor_id, indicator",
             soci::use(id), soci::into(person), soci::into(assessor), soci::into(indicator),
             soci::into(level, level_indicator), soci::into(evidence));
        rows.execute();
        std::size_t at = 0;
        while (rows.fetch()) {
            while (at < found.size() &&
                   (found[at].person.value() != person || found[at].assessor.value() != assessor)) {
                ++at;
            }
            if (at == found.size()) {
                return domain::fail(ErrorCode::Internal, "A stored rating belongs to no assessment.");
            }
            found[at].ratings.push_back(
                {domain::AttributeId(indicator),
                 level_indicator == soci::i_ok ? std::optional<int>(level) : std::nullopt, evidence});
        }
        return found;
    });
}

Result<void> SqlTalentReviewRepository::propose_placement(std::int64_t review, domain::PersonId person,
                                                          const Placement& placement) {
    return guarded("saving a proposed placement", [&]() -> Result<void> {
        long long id = review;
        long long who = person.value();
        const auto status = status_text(placement.status);
        const int box = box_number(placement);
        m_sql
            << "UPDATE talent_review_people SET proposed_status = :status, proposed_box = :box, now_status = "
               ":again, now_box = :box_again, revision = revision + 1 WHERE review_id = :review AND "
               "person_id = "
               ":person",
            soci::use(status), soci::use(box), soci::use(status), soci::use(box), soci::use(id),
            soci::use(who);
        return {};
    });
}

Result<bool> SqlTalentReviewRepository::move_placement(std::int64_t review, const app::PlacementMove& move,
                                                       int seen) {
    return guarded("moving a placement", [&]() -> Result<bool> {
        long long id = review;
        long long who = move.person.value();
        const auto status = status_text(move.to.status);
        const int box = box_number(move.to);
        int expected = seen;
        soci::statement update =
            (m_sql.prepare
                 << "UPDATE talent_review_people SET now_status = :status, now_box = :box, revision = "
                    "revision + 1 WHERE review_id = :review AND person_id = :person AND revision = :seen",
             soci::use(status), soci::use(box), soci::use(id), soci::use(who), soci::use(expected));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            return false;
        }
        const auto from_status = status_text(move.from.status);
        const int from_box = box_number(move.from);
        long long by = move.proposed_by.value();
        long long at = move.at;
        m_sql << "INSERT INTO talent_moves (review_id, person_id, from_status, from_box, to_status, to_box, "
                 "reason, "
                 "proposed_by, moved_at) VALUES (:review, :person, :from_status, :from_box, :to_status, "
                 ":to_box, "
                 ":reason, :by, :at)",
            soci::use(id), soci::use(who), soci::use(from_status), soci::use(from_box), soci::use(status),
            soci::use(box), soci::use(move.reason), soci::use(by), soci::use(at);
        return true;
    });
}

Result<std::vector<app::PlacementMove>> SqlTalentReviewRepository::moves(std::int64_t review) {
    return guarded("reading the moves of a talent review", [&]() -> Result<std::vector<app::PlacementMove>> {
        long long id = review;
        long long person = 0;
        std::string from_status;
        int from_box = 0;
        std::string to_status;
        int to_box = 0;
        std::string reason;
        long long by = 0;
        long long at = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT person_id, from_status, from_box, to_status, to_box, reason, proposed_by, "
                    "moved_at FROM talent_moves WHERE review_id = :review ORDER BY id",
             soci::use(id), soci::into(person), soci::into(from_status), soci::into(from_box),
             soci::into(to_status), soci::into(to_box), soci::into(reason), soci::into(by), soci::into(at));
        rows.execute();
        std::vector<app::PlacementMove> found;
        while (rows.fetch()) {
            auto from = placement_from(from_status, from_box);
            auto to = placement_from(to_status, to_box);
            if (!from || !to) {
                return domain::fail(from ? to.error() : from.error());
            }
            found.push_back({domain::PersonId(person), *from, *to, reason, domain::PersonId(by), at});
        }
        return found;
    });
}

Result<void> SqlTalentReviewRepository::save_view(std::int64_t review, const domain::PreMeetingView& view,
                                                  std::int64_t at) {
    return guarded("saving a reviewer's view", [&]() -> Result<void> {
        long long id = review;
        long long reviewer = view.reviewer.value();
        long long person = view.person.value();
        int agrees = view.agrees ? 1 : 0;
        long long when = at;
        m_sql << "DELETE FROM talent_views WHERE review_id = :review AND reviewer_id = :reviewer AND "
                 "person_id = "
                 ":person",
            soci::use(id), soci::use(reviewer), soci::use(person);
        m_sql << "INSERT INTO talent_views (review_id, reviewer_id, person_id, agrees, note, recorded_at) "
                 "VALUES "
                 "(:review, :reviewer, :person, :agrees, :note, :at)",
            soci::use(id), soci::use(reviewer), soci::use(person), soci::use(agrees), soci::use(view.note),
            soci::use(when);
        return {};
    });
}

Result<std::vector<domain::PreMeetingView>> SqlTalentReviewRepository::views(std::int64_t review) {
    return guarded("reading reviewers' views", [&]() -> Result<std::vector<domain::PreMeetingView>> {
        long long id = review;
        long long reviewer = 0;
        long long person = 0;
        int agrees = 0;
        std::string note;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT reviewer_id, person_id, agrees, note FROM talent_views WHERE review_id = "
                    ":review ORDER BY recorded_at, reviewer_id, person_id",
             soci::use(id), soci::into(reviewer), soci::into(person), soci::into(agrees), soci::into(note));
        rows.execute();
        std::vector<domain::PreMeetingView> found;
        while (rows.fetch()) {
            found.push_back({domain::PersonId(reviewer), domain::PersonId(person), agrees != 0, note});
        }
        return found;
    });
}

Result<void> SqlTalentReviewRepository::save_disagreement(std::int64_t review,
                                                          const app::Disagreement& disagreement) {
    return guarded("saving what someone said about their review", [&]() -> Result<void> {
        long long id = review;
        long long person = disagreement.person.value();
        long long when = disagreement.at;
        m_sql << "DELETE FROM talent_disagreements WHERE review_id = :review AND person_id = :person",
            soci::use(id), soci::use(person);
        m_sql << "INSERT INTO talent_disagreements (review_id, person_id, said, said_at) VALUES (:review, "
                 ":person, :said, :at)",
            soci::use(id), soci::use(person), soci::use(disagreement.said), soci::use(when);
        return {};
    });
}

Result<std::vector<app::Disagreement>> SqlTalentReviewRepository::disagreements(std::int64_t review) {
    return guarded(
        "reading what people said about their review", [&]() -> Result<std::vector<app::Disagreement>> {
            long long id = review;
            long long person = 0;
            std::string said;
            long long when = 0;
            soci::statement rows =
                (m_sql.prepare << "SELECT person_id, said, said_at FROM talent_disagreements WHERE "
                                  "review_id = :review ORDER BY person_id",
                 soci::use(id), soci::into(person), soci::into(said), soci::into(when));
            rows.execute();
            std::vector<app::Disagreement> found;
            while (rows.fetch()) {
                found.push_back({domain::PersonId(person), said, when});
            }
            return found;
        });
}

} // namespace leadline::storage
