#pragma once

#include <functional>
#include <memory>
#include <string>

#include "app/ports/account_repository.hpp"
#include "app/ports/audit_repository.hpp"
#include "app/ports/change_feed.hpp"
#include "app/ports/cycle_repository.hpp"
#include "app/ports/development_plan_repository.hpp"
#include "app/ports/equality_repository.hpp"
#include "app/ports/file_database.hpp"
#include "app/ports/framework_repository.hpp"
#include "app/ports/habit_repository.hpp"
#include "app/ports/learning_set_repository.hpp"
#include "app/ports/mentoring_repository.hpp"
#include "app/ports/organisation_repository.hpp"
#include "app/ports/outbox_repository.hpp"
#include "app/ports/people_repository.hpp"
#include "app/ports/pulse_repository.hpp"
#include "app/ports/response_repository.hpp"
#include "app/ports/talent_pool_repository.hpp"
#include "app/ports/talent_review_repository.hpp"

namespace leadline::app {

// Whether opening a database may bring its schema up to date.
enum class SchemaUpgrade { Apply, Refuse };

struct SchemaStatus {
    int database_version = 0;
    int latest_version = 0;
};

// One open database: its repositories and its transactions.
class Store {
  public:
    virtual ~Store() = default;

    [[nodiscard]] virtual PeopleRepository& people() = 0;
    [[nodiscard]] virtual CycleRepository& cycles() = 0;
    [[nodiscard]] virtual FrameworkRepository& frameworks() = 0;
    [[nodiscard]] virtual ResponseRepository& responses() = 0;
    [[nodiscard]] virtual AccountRepository& accounts() = 0;
    [[nodiscard]] virtual OutboxRepository& outbox() = 0;
    [[nodiscard]] virtual LearningSetRepository& learning_sets() = 0;
    [[nodiscard]] virtual OrganisationRepository& organisation() = 0;
    [[nodiscard]] virtual AuditRepository& audit() = 0;
    [[nodiscard]] virtual DevelopmentPlanRepository& development_plans() = 0;
    [[nodiscard]] virtual HabitRepository& habits() = 0;
    [[nodiscard]] virtual PulseRepository& pulses() = 0;
    [[nodiscard]] virtual MentoringRepository& mentoring() = 0;
    [[nodiscard]] virtual EqualityRepository& equality() = 0;
    [[nodiscard]] virtual TalentReviewRepository& talent_reviews() = 0;
    [[nodiscard]] virtual TalentPoolRepository& talent_pools() = 0;

    // Runs the work in one transaction: committed when it succeeds, rolled back when it fails. Inside
    // another transaction it is a savepoint: its work is undone alone when it fails.
    [[nodiscard]] virtual domain::Result<void>
    in_transaction(const std::function<domain::Result<void>()>& work) = 0;
    [[nodiscard]] virtual domain::Result<SchemaStatus> schema_status() = 0;
    // What a database in one local file (SQLite) offers beyond this; nullptr for a server database.
    [[nodiscard]] virtual FileDatabase* file_database() = 0;
};

// The feed of changes to what rater pages show; nullptr where the database keeps none (PostgreSQL,
// whose sequences do not follow commit order: pages there are always read from the database).
[[nodiscard]] inline ChangeFeed* change_feed_of(Store& store) {
    auto* file = store.file_database();
    return file != nullptr ? &file->changes() : nullptr;
}

// Opens a database named by a file path (SQLite) or a postgresql:// URL, applying migrations
// when asked; a database newer than this program is refused.
class StoreFactory {
  public:
    virtual ~StoreFactory() = default;
    [[nodiscard]] virtual domain::Result<std::unique_ptr<Store>> open(const std::string& database,
                                                                      SchemaUpgrade upgrade) = 0;
};

} // namespace leadline::app
