#include "storage/sql_development_plan_repository.hpp"

#include <map>

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::ErrorCode;
using domain::Result;

namespace {

constexpr std::string_view stretch_kind = "stretch";
constexpr std::string_view micro_kind = "micro";

std::string person_filter(std::optional<domain::PersonId> person) {
    return person ? " AND person_id = :person" : "";
}

} // namespace

void SqlDevelopmentPlanRepository::read_focus_areas(std::vector<domain::DevelopmentPlan>& plans,
                                                    domain::CycleId cycle,
                                                    std::optional<domain::PersonId> person) {
    std::map<long long, domain::DevelopmentPlan*> by_person;
    for (auto& plan : plans) {
        by_person.emplace(plan.person.value(), &plan);
    }
    long long cycle_id = cycle.value();
    long long person_id = person ? person->value() : 0;
    long long owner = 0;
    std::string attribute;
    std::string why;
    std::string goal;
    std::string review_by;
    soci::indicator review_indicator = soci::i_null;
    int manager_helps = 0;
    int mentor_helps = 0;
    soci::statement focus_rows =
        (m_sql.prepare
             << "SELECT person_id, attribute_id, why, goal, review_by, line_manager_helps, mentor_helps "
                "FROM plan_focus_areas WHERE cycle_id = :cycle" +
                    person_filter(person) + " ORDER BY person_id, position",
         soci::into(owner), soci::into(attribute), soci::into(why), soci::into(goal),
         soci::into(review_by, review_indicator), soci::into(manager_helps), soci::into(mentor_helps));
    focus_rows.exchange(soci::use(cycle_id));
    if (person) {
        focus_rows.exchange(soci::use(person_id));
    }
    focus_rows.define_and_bind();
    focus_rows.execute();
    while (focus_rows.fetch()) {
        const auto found = by_person.find(owner);
        if (found == by_person.end()) {
            continue;
        }
        domain::PlanFocus focus;
        focus.attribute = domain::AttributeId{attribute};
        focus.why = why;
        focus.goal = goal;
        if (review_indicator == soci::i_ok) {
            if (auto day = domain::Date::parse(review_by)) {
                focus.review_by = *day;
            }
        }
        focus.line_manager_helps = manager_helps != 0;
        focus.mentor_helps = mentor_helps != 0;
        found->second->focus.push_back(std::move(focus));
    }
    int position = 0;
    std::string kind;
    std::string idea;
    soci::statement idea_rows =
        (m_sql.prepare << "SELECT person_id, position, kind, idea FROM plan_ideas WHERE "
                          "cycle_id = :cycle" +
                              person_filter(person) + " ORDER BY person_id, position, kind, ordinal",
         soci::into(owner), soci::into(position), soci::into(kind), soci::into(idea));
    idea_rows.exchange(soci::use(cycle_id));
    if (person) {
        idea_rows.exchange(soci::use(person_id));
    }
    idea_rows.define_and_bind();
    idea_rows.execute();
    while (idea_rows.fetch()) {
        const auto found = by_person.find(owner);
        if (found == by_person.end() || position < 0 ||
            static_cast<std::size_t>(position) >= found->second->focus.size()) {
            continue;
        }
        auto& focus = found->second->focus[static_cast<std::size_t>(position)];
        (kind == stretch_kind ? focus.stretch_experiences : focus.micro_actions).push_back(idea);
    }
}

Result<std::optional<domain::DevelopmentPlan>>
SqlDevelopmentPlanRepository::development_plan(domain::CycleId cycle, domain::PersonId person) {
    return guarded("reading a development plan", [&]() -> Result<std::optional<domain::DevelopmentPlan>> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        long long revision = 0;
        long long started = 0;
        long long changed = 0;
        int shared = 0;
        long long shared_at = 0;
        int nudges = 1;
        int with_mentor = 0;
        m_sql << "SELECT revision, started_at, changed_at, shared_with_manager, shared_at, nudges, "
                 "shared_with_mentor FROM development_plans WHERE cycle_id = :cycle AND person_id = :person",
            soci::use(cycle_id), soci::use(person_id), soci::into(revision), soci::into(started),
            soci::into(changed), soci::into(shared), soci::into(shared_at), soci::into(nudges),
            soci::into(with_mentor);
        if (!m_sql.got_data()) {
            return std::optional<domain::DevelopmentPlan>();
        }
        std::vector<domain::DevelopmentPlan> plans(1);
        auto& plan = plans.front();
        plan.cycle = cycle;
        plan.person = person;
        plan.revision = revision;
        plan.started_at = started;
        plan.changed_at = changed;
        plan.shared_with_manager = shared != 0;
        plan.shared_at = shared_at;
        plan.nudges = nudges != 0;
        plan.shared_with_mentor = with_mentor != 0;
        read_focus_areas(plans, cycle, person);
        return std::optional<domain::DevelopmentPlan>(std::move(plans.front()));
    });
}

Result<std::int64_t> SqlDevelopmentPlanRepository::save_development_plan(const domain::DevelopmentPlan& plan,
                                                                         std::int64_t now) {
    return guarded("saving a development plan", [&]() -> Result<std::int64_t> {
        long long cycle_id = plan.cycle.value();
        long long person_id = plan.person.value();
        long long expected = plan.revision;
        long long at = now;
        const auto changed_elsewhere =
            domain::make_error(ErrorCode::Conflict,
                               "This plan was changed in another tab or window after this form was opened.");
        if (expected == 0) {
            long long existing = 0;
            m_sql << "SELECT COUNT(*) FROM development_plans WHERE cycle_id = :cycle AND person_id = :person",
                soci::use(cycle_id), soci::use(person_id), soci::into(existing);
            if (existing > 0) {
                return domain::fail(changed_elsewhere);
            }
            m_sql << "INSERT INTO development_plans (cycle_id, person_id, revision, started_at, changed_at) "
                     "VALUES (:cycle, :person, 1, :started, :changed)",
                soci::use(cycle_id), soci::use(person_id), soci::use(at), soci::use(at);
        } else {
            soci::statement update =
                (m_sql.prepare << "UPDATE development_plans SET revision = revision + 1, changed_at = :now "
                                  "WHERE cycle_id = :cycle AND person_id = :person AND revision = :expected",
                 soci::use(at), soci::use(cycle_id), soci::use(person_id), soci::use(expected));
            update.execute(true);
            if (update.get_affected_rows() != 1) {
                return domain::fail(changed_elsewhere);
            }
        }
        m_sql << "DELETE FROM plan_ideas WHERE cycle_id = :cycle AND person_id = :person",
            soci::use(cycle_id), soci::use(person_id);
        m_sql << "DELETE FROM plan_focus_areas WHERE cycle_id = :cycle AND person_id = :person",
            soci::use(cycle_id), soci::use(person_id);
        int position = 0;
        std::string attribute;
        std::string why;
        std::string goal;
        std::string review_by;
        soci::indicator review_indicator = soci::i_null;
        int manager_helps = 0;
        int mentor_helps = 0;
        soci::statement insert_focus =
            (m_sql.prepare
                 << "INSERT INTO plan_focus_areas (cycle_id, person_id, position, attribute_id, why, goal, "
                    "review_by, line_manager_helps, mentor_helps) VALUES (:cycle, :person, :position, "
                    ":attribute, :why, :goal, :review, :manager, :mentor)",
             soci::use(cycle_id), soci::use(person_id), soci::use(position), soci::use(attribute),
             soci::use(why), soci::use(goal), soci::use(review_by, review_indicator),
             soci::use(manager_helps), soci::use(mentor_helps));
        std::string kind;
        int ordinal = 0;
        std::string idea;
        soci::statement insert_idea =
            (m_sql.prepare
                 << "INSERT INTO plan_ideas (cycle_id, person_id, position, kind, ordinal, idea) VALUES "
                    "(:cycle, :person, :position, :kind, :ordinal, :idea)",
             soci::use(cycle_id), soci::use(person_id), soci::use(position), soci::use(kind),
             soci::use(ordinal), soci::use(idea));
        for (std::size_t f = 0; f < plan.focus.size(); ++f) {
            const auto& focus = plan.focus[f];
            position = static_cast<int>(f);
            attribute = focus.attribute.value();
            why = focus.why;
            goal = focus.goal;
            review_by = focus.review_by ? focus.review_by->iso() : std::string();
            review_indicator = focus.review_by ? soci::i_ok : soci::i_null;
            manager_helps = focus.line_manager_helps ? 1 : 0;
            mentor_helps = focus.mentor_helps ? 1 : 0;
            insert_focus.execute(true);
            for (const auto& [ideas, name] : {std::pair{&focus.stretch_experiences, stretch_kind},
                                              std::pair{&focus.micro_actions, micro_kind}}) {
                kind = std::string(name);
                for (std::size_t i = 0; i < ideas->size(); ++i) {
                    ordinal = static_cast<int>(i);
                    idea = (*ideas)[i];
                    insert_idea.execute(true);
                }
            }
        }
        return static_cast<std::int64_t>(expected + 1);
    });
}

Result<void> SqlDevelopmentPlanRepository::share_development_plan(domain::CycleId cycle,
                                                                  domain::PersonId person, bool shared,
                                                                  std::int64_t now) {
    return guarded("sharing a development plan", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        int flag = shared ? 1 : 0;
        long long at = shared ? now : 0;
        soci::statement update =
            (m_sql.prepare
                 << "UPDATE development_plans SET shared_with_manager = :shared, shared_at = :at WHERE "
                    "cycle_id = :cycle AND person_id = :person",
             soci::use(flag), soci::use(at), soci::use(cycle_id), soci::use(person_id));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            return domain::fail(ErrorCode::NotFound, "There is no plan to share yet.");
        }
        return {};
    });
}

Result<void> SqlDevelopmentPlanRepository::share_with_mentor(domain::CycleId cycle, domain::PersonId person,
                                                             bool shared) {
    return guarded("sharing a development plan with a mentor", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        int flag = shared ? 1 : 0;
        soci::statement update =
            (m_sql.prepare << "UPDATE development_plans SET shared_with_mentor = :shared WHERE "
                              "cycle_id = :cycle AND person_id = :person",
             soci::use(flag), soci::use(cycle_id), soci::use(person_id));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            return domain::fail(ErrorCode::NotFound, "There is no plan to share yet.");
        }
        return {};
    });
}

Result<std::int64_t> SqlDevelopmentPlanRepository::add_check_in(domain::CycleId cycle,
                                                                domain::PersonId person,
                                                                const domain::CheckIn& check_in) {
    return guarded("saving a check-in", [&]() -> Result<std::int64_t> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        std::string on = check_in.on.iso();
        std::string about = check_in.about ? check_in.about->value() : std::string();
        soci::indicator about_indicator = check_in.about ? soci::i_ok : soci::i_null;
        long long written = check_in.written_at;
        long long id = 0;
        m_sql << "INSERT INTO plan_check_ins (cycle_id, person_id, happened_on, attribute_id, did, learned, "
                 "written_at) VALUES (:cycle, :person, :on, :about, :did, :learned, :written) RETURNING id",
            soci::use(cycle_id), soci::use(person_id), soci::use(on), soci::use(about, about_indicator),
            soci::use(check_in.did), soci::use(check_in.learned), soci::use(written), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<domain::CheckIn>> SqlDevelopmentPlanRepository::check_ins(domain::CycleId cycle,
                                                                             domain::PersonId person) {
    return guarded("reading check-ins", [&]() -> Result<std::vector<domain::CheckIn>> {
        long long cycle_id = cycle.value();
        long long person_id = person.value();
        long long id = 0;
        std::string on;
        std::string about;
        soci::indicator about_indicator = soci::i_null;
        std::string did;
        std::string learned;
        long long written = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT id, happened_on, attribute_id, did, learned, written_at FROM plan_check_ins "
                    "WHERE cycle_id = :cycle AND person_id = :person ORDER BY happened_on, id",
             soci::use(cycle_id), soci::use(person_id), soci::into(id), soci::into(on),
             soci::into(about, about_indicator), soci::into(did), soci::into(learned), soci::into(written));
        rows.execute();
        std::vector<domain::CheckIn> all;
        while (rows.fetch()) {
            domain::CheckIn check_in;
            check_in.id = id;
            auto day = domain::Date::parse(on);
            if (!day) {
                return domain::fail(ErrorCode::Internal, "A stored check-in has an unreadable day.");
            }
            check_in.on = *day;
            if (about_indicator == soci::i_ok) {
                check_in.about = domain::AttributeId{about};
            }
            check_in.did = did;
            check_in.learned = learned;
            check_in.written_at = written;
            all.push_back(std::move(check_in));
        }
        return all;
    });
}

Result<std::vector<std::pair<domain::CycleId, domain::PersonId>>>
SqlDevelopmentPlanRepository::plans_shared_with(domain::PersonId manager) {
    using Shared = std::vector<std::pair<domain::CycleId, domain::PersonId>>;
    return guarded("reading plans shared with a line manager", [&]() -> Result<Shared> {
        long long manager_id = manager.value();
        long long cycle_id = 0;
        long long person_id = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT d.cycle_id, d.person_id FROM development_plans d JOIN people p ON p.id = "
                    "d.person_id WHERE p.line_manager_id = :manager AND d.shared_with_manager = 1 "
                    "ORDER BY d.cycle_id, d.person_id",
             soci::use(manager_id), soci::into(cycle_id), soci::into(person_id));
        rows.execute();
        Shared shared;
        while (rows.fetch()) {
            shared.emplace_back(domain::CycleId{cycle_id}, domain::PersonId{person_id});
        }
        return shared;
    });
}

Result<std::vector<domain::DevelopmentPlan>>
SqlDevelopmentPlanRepository::development_plans(domain::CycleId cycle) {
    return guarded("reading development plans", [&]() -> Result<std::vector<domain::DevelopmentPlan>> {
        long long cycle_id = cycle.value();
        long long person_id = 0;
        long long revision = 0;
        long long started = 0;
        long long changed = 0;
        int shared = 0;
        long long shared_at = 0;
        int with_mentor = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT person_id, revision, started_at, changed_at, shared_with_manager, shared_at, "
                    "shared_with_mentor FROM development_plans WHERE cycle_id = :cycle ORDER BY person_id",
             soci::use(cycle_id), soci::into(person_id), soci::into(revision), soci::into(started),
             soci::into(changed), soci::into(shared), soci::into(shared_at), soci::into(with_mentor));
        rows.execute();
        std::vector<domain::DevelopmentPlan> plans;
        while (rows.fetch()) {
            domain::DevelopmentPlan plan;
            plan.cycle = cycle;
            plan.person = domain::PersonId{person_id};
            plan.revision = revision;
            plan.started_at = started;
            plan.changed_at = changed;
            plan.shared_with_manager = shared != 0;
            plan.shared_at = shared_at;
            plan.shared_with_mentor = with_mentor != 0;
            plans.push_back(std::move(plan));
        }
        read_focus_areas(plans, cycle, std::nullopt);
        return plans;
    });
}

} // namespace leadline::storage
