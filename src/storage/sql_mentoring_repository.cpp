#include "storage/sql_mentoring_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

Result<void> SqlMentoringRepository::save_mentor_pairs(domain::CycleId cycle,
                                                       const std::vector<app::MentorPair>& pairs) {
    return guarded("saving mentoring pairs", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        m_sql << "DELETE FROM mentor_pairs WHERE cycle_id = :cycle", soci::use(cycle_id);
        long long mentee = 0;
        long long mentor = 0;
        double fit = 0.0;
        std::string reason;
        long long at = 0;
        soci::statement insert =
            (m_sql.prepare
                 << "INSERT INTO mentor_pairs (cycle_id, mentee_id, mentor_id, fit, reason, confirmed_at) "
                    "VALUES (:cycle, :mentee, :mentor, :fit, :reason, :at)",
             soci::use(cycle_id), soci::use(mentee), soci::use(mentor), soci::use(fit), soci::use(reason),
             soci::use(at));
        for (const auto& pair : pairs) {
            mentee = pair.mentee.value();
            mentor = pair.mentor.value();
            fit = pair.fit;
            reason = pair.reason;
            at = pair.confirmed_at;
            insert.execute(true);
        }
        return {};
    });
}

Result<std::vector<app::MentorPair>> SqlMentoringRepository::pairs_where(const std::string& where,
                                                                         long long key, bool key_twice) {
    return guarded("reading mentoring pairs", [&]() -> Result<std::vector<app::MentorPair>> {
        long long cycle = 0;
        long long mentee = 0;
        long long mentor = 0;
        double fit = 0.0;
        std::string reason;
        long long at = 0;
        long long again = key;
        soci::statement rows(m_sql);
        rows.exchange(soci::use(key));
        if (key_twice) {
            rows.exchange(soci::use(again));
        }
        rows.exchange(soci::into(cycle));
        rows.exchange(soci::into(mentee));
        rows.exchange(soci::into(mentor));
        rows.exchange(soci::into(fit));
        rows.exchange(soci::into(reason));
        rows.exchange(soci::into(at));
        rows.alloc();
        rows.prepare(
            "SELECT cycle_id, mentee_id, mentor_id, fit, reason, confirmed_at FROM mentor_pairs WHERE " +
            where + " ORDER BY cycle_id DESC, mentee_id");
        rows.define_and_bind();
        rows.execute();
        std::vector<app::MentorPair> pairs;
        while (rows.fetch()) {
            pairs.push_back({domain::CycleId{cycle}, domain::PersonId{mentee}, domain::PersonId{mentor}, fit,
                             reason, at});
        }
        return pairs;
    });
}

Result<std::vector<app::MentorPair>> SqlMentoringRepository::mentor_pairs(domain::CycleId cycle) {
    return pairs_where("cycle_id = :cycle", cycle.value(), false);
}

Result<std::vector<app::MentorPair>> SqlMentoringRepository::pairs_with(domain::PersonId person) {
    return pairs_where("mentee_id = :mentee OR mentor_id = :mentor", person.value(), true);
}

} // namespace leadline::storage
