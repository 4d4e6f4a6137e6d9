#include "storage/sql_talent_pool_repository.hpp"

#include "domain/core/text.hpp"
#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::ErrorCode;
using domain::Result;

Result<std::int64_t> SqlTalentPoolRepository::create_pool(const app::TalentPool& pool) {
    return guarded("saving a talent pool", [&]() -> Result<std::int64_t> {
        // Checked before writing so that the message names the pool rather than a broken index.
        const std::string folded = domain::lowered(pool.name);
        int same = 0;
        m_sql << "SELECT COUNT(*) FROM talent_pools WHERE lower(name) = :name", soci::use(folded),
            soci::into(same);
        if (same > 0) {
            return domain::fail(ErrorCode::Conflict, "There is already a pool called " + pool.name + ".");
        }
        long long created = pool.created_at;
        long long id = 0;
        m_sql << "INSERT INTO talent_pools (name, purpose, created_at) VALUES (:name, :purpose, :created) "
                 "RETURNING id",
            soci::use(pool.name), soci::use(pool.purpose), soci::use(created), soci::into(id);
        return id;
    });
}

Result<std::vector<app::TalentPool>> SqlTalentPoolRepository::pools() {
    return guarded("reading talent pools", [&]() -> Result<std::vector<app::TalentPool>> {
        app::TalentPool pool;
        long long id = 0;
        long long created = 0;
        soci::statement rows =
            (m_sql.prepare << "SELECT id, name, purpose, created_at FROM talent_pools "
                              "ORDER BY lower(name), id",
             soci::into(id), soci::into(pool.name), soci::into(pool.purpose), soci::into(created));
        rows.execute();
        std::vector<app::TalentPool> found;
        while (rows.fetch()) {
            pool.id = id;
            pool.created_at = created;
            found.push_back(pool);
        }
        return found;
    });
}

Result<void> SqlTalentPoolRepository::add_member(const app::PoolMembership& membership) {
    return guarded("adding someone to a talent pool", [&]() -> Result<void> {
        long long pool = membership.pool;
        long long person = membership.person.value();
        long long review = membership.review;
        long long added = membership.added_at;
        const std::string expires = membership.expires_on.iso();
        m_sql << "INSERT INTO talent_pool_members (pool_id, person_id, review_id, expires_on, added_at) "
                 "VALUES (:pool, :person, :review, :expires, :added) ON CONFLICT (pool_id, person_id) DO "
                 "UPDATE SET review_id = excluded.review_id, expires_on = excluded.expires_on, added_at = "
                 "excluded.added_at",
            soci::use(pool), soci::use(person), soci::use(review), soci::use(expires), soci::use(added);
        return {};
    });
}

Result<bool> SqlTalentPoolRepository::remove_member(std::int64_t pool, domain::PersonId person) {
    return guarded("taking someone out of a talent pool", [&]() -> Result<bool> {
        long long pool_id = pool;
        long long person_id = person.value();
        soci::statement remove =
            (m_sql.prepare << "DELETE FROM talent_pool_members WHERE pool_id = :pool AND person_id = :person",
             soci::use(pool_id), soci::use(person_id));
        remove.execute(true);
        return remove.get_affected_rows() > 0;
    });
}

Result<std::vector<app::PoolMembership>> SqlTalentPoolRepository::members() {
    return read_members("", 0);
}

Result<std::vector<app::PoolMembership>> SqlTalentPoolRepository::memberships_of(domain::PersonId person) {
    return read_members(" WHERE person_id = :person", person.value());
}

Result<std::vector<app::PoolMembership>> SqlTalentPoolRepository::read_members(const std::string& where,
                                                                               long long person) {
    return guarded("reading talent pools' members", [&]() -> Result<std::vector<app::PoolMembership>> {
        long long pool = 0;
        long long member = 0;
        long long review = 0;
        std::string expires;
        long long added = 0;
        const std::string query = "SELECT pool_id, person_id, review_id, expires_on, added_at FROM "
                                  "talent_pool_members" +
                                  where + " ORDER BY pool_id, person_id";
        soci::statement rows(m_sql);
        rows.exchange(soci::into(pool));
        rows.exchange(soci::into(member));
        rows.exchange(soci::into(review));
        rows.exchange(soci::into(expires));
        rows.exchange(soci::into(added));
        if (!where.empty()) {
            rows.exchange(soci::use(person));
        }
        rows.alloc();
        rows.prepare(query);
        rows.define_and_bind();
        rows.execute();
        std::vector<app::PoolMembership> found;
        while (rows.fetch()) {
            auto day = domain::Date::parse(expires);
            if (!day) {
                return domain::fail(ErrorCode::Internal, "A stored pool expiry is unreadable: " + expires);
            }
            found.push_back({pool, domain::PersonId(member), review, *day, added});
        }
        return found;
    });
}

} // namespace leadline::storage
