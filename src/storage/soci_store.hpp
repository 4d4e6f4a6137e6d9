#pragma once

#include <memory>

#include <soci/soci.h>

#include "app/ports/store.hpp"
#include "storage/sql_account_repository.hpp"
#include "storage/sql_audit_repository.hpp"
#include "storage/sql_change_feed.hpp"
#include "storage/sql_cycle_repository.hpp"
#include "storage/sql_development_plan_repository.hpp"
#include "storage/sql_dialect.hpp"
#include "storage/sql_equality_repository.hpp"
#include "storage/sql_framework_repository.hpp"
#include "storage/sql_habit_repository.hpp"
#include "storage/sql_learning_set_repository.hpp"
#include "storage/sql_mentoring_repository.hpp"
#include "storage/sql_organisation_repository.hpp"
#include "storage/sql_outbox_repository.hpp"
#include "storage/sql_people_repository.hpp"
#include "storage/sql_pulse_repository.hpp"
#include "storage/sql_response_repository.hpp"
#include "storage/sql_talent_pool_repository.hpp"
#include "storage/sql_talent_review_repository.hpp"

namespace leadline::storage {

// A database opened through SOCI, SQLite or PostgreSQL. A SQLite one is also the FileDatabase its
// file_database() returns.
class SociStore final : public app::Store, public app::FileDatabase {
  public:
    // Connects, applies settings and migrations; see StoreFactory::open.
    [[nodiscard]] static domain::Result<std::unique_ptr<SociStore>> open(const std::string& database,
                                                                         app::SchemaUpgrade upgrade);

    [[nodiscard]] app::PeopleRepository& people() override { return m_people; }
    [[nodiscard]] app::CycleRepository& cycles() override { return m_cycles; }
    [[nodiscard]] app::FrameworkRepository& frameworks() override { return m_frameworks; }
    [[nodiscard]] app::ResponseRepository& responses() override { return m_responses; }
    [[nodiscard]] app::AccountRepository& accounts() override { return m_accounts; }
    [[nodiscard]] app::OutboxRepository& outbox() override { return m_outbox; }
    [[nodiscard]] app::LearningSetRepository& learning_sets() override { return m_learning_sets; }
    [[nodiscard]] app::OrganisationRepository& organisation() override { return m_organisation; }
    [[nodiscard]] app::AuditRepository& audit() override { return m_audit; }
    [[nodiscard]] app::DevelopmentPlanRepository& development_plans() override { return m_development_plans; }
    [[nodiscard]] app::HabitRepository& habits() override { return m_habits; }
    [[nodiscard]] app::PulseRepository& pulses() override { return m_pulses; }
    [[nodiscard]] app::MentoringRepository& mentoring() override { return m_mentoring; }
    [[nodiscard]] app::EqualityRepository& equality() override { return m_equality; }
    [[nodiscard]] app::TalentReviewRepository& talent_reviews() override { return m_talent_reviews; }
    [[nodiscard]] app::TalentPoolRepository& talent_pools() override { return m_talent_pools; }

    [[nodiscard]] domain::Result<void>
    in_transaction(const std::function<domain::Result<void>()>& work) override;
    [[nodiscard]] domain::Result<app::SchemaStatus> schema_status() override;
    [[nodiscard]] app::FileDatabase* file_database() override {
        return m_dialect == SqlDialect::Sqlite ? this : nullptr;
    }

    [[nodiscard]] app::ChangeFeed& changes() override { return m_changes; }
    [[nodiscard]] domain::Result<void> leave_checkpoints_to_others() override;
    [[nodiscard]] domain::Result<void> checkpoint() override;
    [[nodiscard]] domain::Result<void> backup_to(const std::filesystem::path& file) override;

    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }

  private:
    explicit SociStore(SqlDialect dialect);
    [[nodiscard]] domain::Result<void> connect(const std::string& database);
    [[nodiscard]] domain::Result<void> apply_migrations(app::SchemaUpgrade upgrade);
    void roll_back_quietly(const std::string& statement) noexcept;
    [[nodiscard]] domain::Result<void> in_savepoint(const std::function<domain::Result<void>()>& work);

    SqlDialect m_dialect;
    soci::session m_sql;
    bool m_transaction_open = false;
    int m_savepoint_depth = 0;
    SqlPeopleRepository m_people;
    SqlCycleRepository m_cycles;
    SqlFrameworkRepository m_frameworks;
    SqlResponseRepository m_responses;
    SqlAccountRepository m_accounts;
    SqlOutboxRepository m_outbox;
    SqlLearningSetRepository m_learning_sets;
    SqlOrganisationRepository m_organisation;
    SqlAuditRepository m_audit;
    SqlDevelopmentPlanRepository m_development_plans;
    SqlHabitRepository m_habits;
    SqlPulseRepository m_pulses;
    SqlMentoringRepository m_mentoring;
    SqlEqualityRepository m_equality;
    SqlTalentReviewRepository m_talent_reviews;
    SqlTalentPoolRepository m_talent_pools;
    SqlChangeFeed m_changes;
};

} // namespace leadline::storage
