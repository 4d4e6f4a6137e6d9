#pragma once

#include <soci/soci.h>

#include "app/ports/mentoring_repository.hpp"

namespace leadline::storage {

class SqlMentoringRepository final : public app::MentoringRepository {
  public:
    explicit SqlMentoringRepository(soci::session& sql) : m_sql(sql) {}

    [[nodiscard]] domain::Result<void> save_mentor_pairs(domain::CycleId cycle,
                                                         const std::vector<app::MentorPair>& pairs) override;
    [[nodiscard]] domain::Result<std::vector<app::MentorPair>> mentor_pairs(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::vector<app::MentorPair>> pairs_with(domain::PersonId person) override;
    [[nodiscard]] domain::Result<void> save_mentoring_choice(domain::CycleId cycle,
                                                             const app::MentoringChoice& choice,
                                                             std::int64_t at) override;
    [[nodiscard]] domain::Result<std::vector<app::MentoringChoice>>
    mentoring_choices(domain::CycleId cycle) override;
    [[nodiscard]] domain::Result<std::optional<app::MentoringChoice>>
    mentoring_choice(domain::CycleId cycle, domain::PersonId person) override;

  private:
    // Pairs matching `where`, its placeholder bound to `key` (its two placeholders, with `key_twice`).
    [[nodiscard]] domain::Result<std::vector<app::MentorPair>> pairs_where(const std::string& where,
                                                                           long long key, bool key_twice);

    // Choices of the cycle, or of one person in it when `person` is not 0.
    [[nodiscard]] domain::Result<std::vector<app::MentoringChoice>> choices_of(domain::CycleId cycle,
                                                                               long long person);

    soci::session& m_sql;
};

} // namespace leadline::storage
