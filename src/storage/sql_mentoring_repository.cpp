#include "storage/sql_mentoring_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

namespace {

// Attribute ids kept as one text, separated by semicolons (ids never hold one: frameworks check them).
std::string joined(const std::vector<domain::AttributeId>& ids) {
    std::string text;
    for (const auto& id : ids) {
        text += (text.empty() ? "" : ";") + id.value();
    }
    return text;
}

std::vector<domain::AttributeId> split(const std::string& text) {
    std::vector<domain::AttributeId> ids;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find(';', start), text.size());
        if (end > start) {
            ids.emplace_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return ids;
}

} // namespace

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

Result<void> SqlMentoringRepository::save_mentoring_choice(domain::CycleId cycle,
                                                           const app::MentoringChoice& choice,
                                                           std::int64_t at) {
    return guarded("saving a mentoring choice", [&]() -> Result<void> {
        const long long cycle_id = cycle.value();
        const long long person = choice.person;
        const int wants = choice.wants_mentor ? 1 : 0;
        const auto develop = joined(choice.develop);
        const auto strengths = joined(choice.strengths);
        const int capacity = choice.capacity.value_or(0);
        soci::indicator capacity_indicator = choice.capacity ? soci::i_ok : soci::i_null;
        const long long when = at;
        m_sql
            << "INSERT INTO mentoring_choices (cycle_id, person_id, wants_mentor, develop, strengths, "
               "capacity, "
               "updated_at) VALUES (:cycle, :person, :wants, :develop, :strengths, :capacity, :at) ON "
               "CONFLICT "
               "(cycle_id, person_id) DO UPDATE SET wants_mentor = excluded.wants_mentor, develop = "
               "excluded.develop, strengths = excluded.strengths, capacity = excluded.capacity, updated_at = "
               "excluded.updated_at",
            soci::use(cycle_id), soci::use(person), soci::use(wants), soci::use(develop),
            soci::use(strengths), soci::use(capacity, capacity_indicator), soci::use(when);
        return {};
    });
}

Result<std::vector<app::MentoringChoice>> SqlMentoringRepository::choices_of(domain::CycleId cycle,
                                                                             long long person) {
    return guarded("reading mentoring choices", [&]() -> Result<std::vector<app::MentoringChoice>> {
        std::vector<app::MentoringChoice> choices;
        const long long cycle_id = cycle.value();
        long long who = 0;
        int wants = 0;
        std::string develop;
        std::string strengths;
        int capacity = 0;
        soci::indicator capacity_indicator = soci::i_null;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT person_id, wants_mentor, develop, strengths, capacity FROM mentoring_choices "
                    "WHERE cycle_id = :cycle AND (:person = 0 OR person_id = :person_again) ORDER BY "
                    "person_id",
             soci::use(cycle_id), soci::use(person), soci::use(person), soci::into(who), soci::into(wants),
             soci::into(develop), soci::into(strengths), soci::into(capacity, capacity_indicator));
        rows.execute();
        while (rows.fetch()) {
            app::MentoringChoice choice;
            choice.person = who;
            choice.wants_mentor = wants != 0;
            choice.develop = split(develop);
            choice.strengths = split(strengths);
            if (capacity_indicator == soci::i_ok) {
                choice.capacity = capacity;
            }
            choices.push_back(std::move(choice));
        }
        return choices;
    });
}

Result<std::vector<app::MentoringChoice>> SqlMentoringRepository::mentoring_choices(domain::CycleId cycle) {
    return choices_of(cycle, 0);
}

Result<std::optional<app::MentoringChoice>>
SqlMentoringRepository::mentoring_choice(domain::CycleId cycle, domain::PersonId person) {
    auto choices = choices_of(cycle, person.value());
    if (!choices) {
        return domain::fail(choices.error());
    }
    if (choices->empty()) {
        return std::optional<app::MentoringChoice>();
    }
    return std::optional<app::MentoringChoice>(std::move(choices->front()));
}

} // namespace leadline::storage
