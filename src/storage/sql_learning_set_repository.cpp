#include "storage/sql_learning_set_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

Result<std::int64_t> SqlLearningSetRepository::save_learning_sets(const app::SavedLearningSets& sets) {
    return guarded("saving learning sets", [&]() -> Result<std::int64_t> {
        long long id = 0;
        const long long created = sets.created_at;
        long long cycle = sets.cycle ? sets.cycle->value() : 0;
        soci::indicator cycle_indicator = sets.cycle ? soci::i_ok : soci::i_null;
        m_sql
            << "INSERT INTO learning_set_plans (name, created_at, cycle_id) VALUES (:name, :created, :cycle) "
               "RETURNING id",
            soci::use(sets.name), soci::use(created), soci::use(cycle, cycle_indicator), soci::into(id);
        int number = 0;
        long long person = 0;
        soci::statement insert =
            (m_sql.prepare
                 << "INSERT INTO learning_set_members (plan_id, set_number, person_id) VALUES (:plan, "
                    ":number, :person)",
             soci::use(id), soci::use(number), soci::use(person));
        for (std::size_t s = 0; s < sets.sets.size(); ++s) {
            number = static_cast<int>(s + 1);
            for (const auto member : sets.sets[s]) {
                person = member.value();
                insert.execute(true);
            }
        }
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<app::LearningSetsSummary>> SqlLearningSetRepository::learning_set_plans() {
    return guarded("reading saved learning sets", [&]() -> Result<std::vector<app::LearningSetsSummary>> {
        std::vector<app::LearningSetsSummary> plans;
        long long id = 0;
        std::string name;
        long long created = 0;
        long long cycle = 0;
        soci::indicator cycle_indicator = soci::i_null;
        int sets = 0;
        int people = 0;
        long long confirmed = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT p.id, p.name, p.created_at, p.cycle_id, COUNT(DISTINCT m.set_number), "
                    "COUNT(m.person_id), p.confirmed_at FROM learning_set_plans p LEFT JOIN "
                    "learning_set_members m ON m.plan_id = p.id GROUP BY p.id, p.name, p.created_at, "
                    "p.cycle_id, p.confirmed_at ORDER BY p.created_at DESC, p.id DESC",
             soci::into(id), soci::into(name), soci::into(created), soci::into(cycle, cycle_indicator),
             soci::into(sets), soci::into(people), soci::into(confirmed));
        rows.execute();
        while (rows.fetch()) {
            app::LearningSetsSummary plan;
            plan.id = id;
            plan.name = name;
            plan.created_at = created;
            if (cycle_indicator == soci::i_ok) {
                plan.cycle = domain::CycleId{cycle};
            }
            plan.sets = static_cast<std::size_t>(sets);
            plan.people = static_cast<std::size_t>(people);
            plan.confirmed_at = confirmed;
            plans.push_back(std::move(plan));
        }
        return plans;
    });
}

Result<std::optional<app::SavedLearningSets>> SqlLearningSetRepository::learning_sets(std::int64_t id) {
    return guarded("reading saved learning sets", [&]() -> Result<std::optional<app::SavedLearningSets>> {
        app::SavedLearningSets saved;
        long long plan = id;
        long long created = 0;
        long long cycle = 0;
        soci::indicator cycle_indicator = soci::i_null;
        long long confirmed = 0;
        m_sql << "SELECT name, created_at, cycle_id, confirmed_at FROM learning_set_plans WHERE id = :id",
            soci::use(plan), soci::into(saved.name), soci::into(created), soci::into(cycle, cycle_indicator),
            soci::into(confirmed);
        if (!m_sql.got_data()) {
            return std::optional<app::SavedLearningSets>();
        }
        saved.id = id;
        saved.created_at = created;
        saved.confirmed_at = confirmed;
        if (cycle_indicator == soci::i_ok) {
            saved.cycle = domain::CycleId{cycle};
        }
        int number = 0;
        long long person = 0;
        soci::statement rows =
            (m_sql.prepare << "SELECT set_number, person_id FROM learning_set_members WHERE "
                              "plan_id = :plan ORDER BY set_number, person_id",
             soci::use(plan), soci::into(number), soci::into(person));
        rows.execute();
        while (rows.fetch()) {
            if (saved.sets.size() < static_cast<std::size_t>(number)) {
                saved.sets.resize(static_cast<std::size_t>(number));
            }
            saved.sets[static_cast<std::size_t>(number) - 1].push_back(domain::PersonId{person});
        }
        return std::optional<app::SavedLearningSets>(std::move(saved));
    });
}

Result<bool> SqlLearningSetRepository::confirm_learning_sets(std::int64_t id, std::int64_t at) {
    return guarded("confirming learning sets", [&]() -> Result<bool> {
        const long long plan = id;
        const long long when = at;
        soci::statement update =
            (m_sql.prepare << "UPDATE learning_set_plans SET confirmed_at = :at WHERE id = :id AND "
                              "confirmed_at = 0",
             soci::use(when), soci::use(plan));
        update.execute(true);
        return update.get_affected_rows() == 1;
    });
}

Result<std::vector<std::int64_t>>
SqlLearningSetRepository::confirmed_learning_sets_with(domain::PersonId person) {
    return guarded("reading someone's learning sets", [&]() -> Result<std::vector<std::int64_t>> {
        std::vector<std::int64_t> plans;
        const long long member = person.value();
        long long id = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT p.id FROM learning_set_plans p JOIN learning_set_members m ON m.plan_id = "
                    "p.id WHERE m.person_id = :person AND p.confirmed_at > 0 ORDER BY "
                    "p.confirmed_at DESC, p.id DESC",
             soci::use(member), soci::into(id));
        rows.execute();
        while (rows.fetch()) {
            plans.push_back(id);
        }
        return plans;
    });
}

} // namespace leadline::storage
