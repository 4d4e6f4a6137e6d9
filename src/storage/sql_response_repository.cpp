#include "storage/sql_response_repository.hpp"

#include <functional>
#include <unordered_map>

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::Result;

namespace {

using Answers = std::pair<std::map<domain::BehaviourId, domain::Rating>,
                          std::map<domain::Response::CommentKey, std::string>>;

// Reads the ratings and comments of the responses a query selects (":key" is bound to key).
std::unordered_map<long long, Answers> read_answers(soci::session& sql, const std::string& ratings_query,
                                                    const std::string& comments_query, long long key) {
    std::unordered_map<long long, Answers> answers;
    long long response = 0;
    std::string item;
    int value = 0;
    soci::indicator value_indicator = soci::i_null;
    soci::statement ratings = (sql.prepare << ratings_query, soci::use(key), soci::into(response),
                               soci::into(item), soci::into(value, value_indicator));
    ratings.execute();
    while (ratings.fetch()) {
        answers[response].first.insert_or_assign(
            domain::BehaviourId(item),
            value_indicator == soci::i_ok ? domain::Rating::of(value) : domain::Rating::not_observed());
    }
    std::string kind;
    std::string body;
    soci::statement comments = (sql.prepare << comments_query, soci::use(key), soci::into(response),
                                soci::into(item), soci::into(kind), soci::into(body));
    comments.execute();
    while (comments.fetch()) {
        const auto parsed = domain::comment_kind_from_string(kind).value_or(domain::CommentKind::Strength);
        answers[response].second.insert_or_assign({domain::AttributeId(item), parsed}, body);
    }
    return answers;
}

} // namespace

Result<domain::InvitationId> SqlResponseRepository::create_invitation(domain::NominationId nomination,
                                                                      const std::string& token_hash) {
    return guarded("creating an invitation", [&]() -> Result<domain::InvitationId> {
        const long long nomination_id = nomination.value();
        long long id = 0;
        m_sql
            << "INSERT INTO invitations (nomination_id, token_hash) VALUES (:nomination, :hash) RETURNING id",
            soci::use(nomination_id), soci::use(token_hash), soci::into(id);
        m_sql
            << "INSERT INTO invitation_links (token_hash, invitation_id, created_at) VALUES (:hash, :id, 0)",
            soci::use(token_hash), soci::use(id);
        return domain::InvitationId{id};
    });
}

Result<void> SqlResponseRepository::add_invitation_link(domain::InvitationId invitation,
                                                        const std::string& token_hash, std::int64_t now) {
    return guarded("adding a link to an invitation", [&]() -> Result<void> {
        const long long id = invitation.value();
        const long long at = now;
        m_sql << "INSERT INTO invitation_links (token_hash, invitation_id, created_at) VALUES (:hash, :id, "
                 ":at)",
            soci::use(token_hash), soci::use(id), soci::use(at);
        return {};
    });
}

namespace {

// Reads raters to contact: nomination id, invitation id (may be null), email, group, subject's name.
std::vector<app::RaterToContact> raters_to_contact(soci::session& sql, const std::string& query,
                                                   domain::CycleId cycle) {
    std::vector<app::RaterToContact> raters;
    long long cycle_id = cycle.value();
    long long nomination = 0;
    long long invitation = 0;
    soci::indicator invitation_indicator = soci::i_null;
    std::string email;
    std::string group;
    std::string subject;
    long long last_reminded = 0;
    long long waiting = 0;
    soci::statement rows =
        (sql.prepare << query, soci::use(cycle_id), soci::into(nomination),
         soci::into(invitation, invitation_indicator), soci::into(email), soci::into(group),
         soci::into(subject), soci::into(last_reminded), soci::into(waiting));
    rows.execute();
    while (rows.fetch()) {
        app::RaterToContact rater{domain::NominationId{nomination}, std::nullopt, email,
                                  domain::rater_group_from_string(group).value_or(domain::RaterGroup::Other),
                                  subject};
        rater.last_reminded_at = last_reminded;
        rater.message_waiting = waiting > 0;
        if (invitation_indicator == soci::i_ok) {
            rater.invitation = domain::InvitationId{invitation};
        }
        raters.push_back(std::move(rater));
    }
    return raters;
}

} // namespace

Result<std::optional<domain::InvitationId>>
SqlResponseRepository::invitation_of(domain::NominationId nomination) {
    return guarded("finding an invitation", [&]() -> Result<std::optional<domain::InvitationId>> {
        long long nomination_id = nomination.value();
        long long id = 0;
        m_sql << "SELECT id FROM invitations WHERE nomination_id = :nomination", soci::use(nomination_id),
            soci::into(id);
        if (!m_sql.got_data()) {
            return std::optional<domain::InvitationId>{};
        }
        return std::optional<domain::InvitationId>{domain::InvitationId{id}};
    });
}

Result<std::vector<app::RaterToContact>> SqlResponseRepository::uninvited(domain::CycleId cycle) {
    return guarded("finding raters not invited", [&]() -> Result<std::vector<app::RaterToContact>> {
        return raters_to_contact(
            m_sql,
            "SELECT n.id, i.id, n.rater_email, n.rater_group, p.name, 0, 0 FROM nominations n "
            "JOIN people p ON p.id = n.subject_id "
            "LEFT JOIN invitations i ON i.nomination_id = n.id "
            "WHERE n.cycle_id = :cycle AND i.id IS NULL ORDER BY n.id",
            cycle);
    });
}

Result<std::vector<app::RaterToContact>> SqlResponseRepository::to_invite(domain::CycleId cycle) {
    return guarded("finding raters to invite", [&]() -> Result<std::vector<app::RaterToContact>> {
        return raters_to_contact(
            m_sql,
            // Where the cycle wants rater lists approved, only self-assessments and approved lists go.
            "SELECT n.id, i.id, n.rater_email, n.rater_group, p.name, 0, 0 FROM nominations n "
            "JOIN people p ON p.id = n.subject_id "
            "JOIN cycles c ON c.id = n.cycle_id "
            "JOIN cycle_subjects s ON s.cycle_id = n.cycle_id AND s.person_id = n.subject_id "
            "LEFT JOIN invitations i ON i.nomination_id = n.id "
            "WHERE n.cycle_id = :cycle AND i.id IS NULL AND (n.rater_group = 'self' OR "
            "c.rater_list_approval = 'none' OR s.rater_list_approved_at IS NOT NULL) ORDER BY n.id",
            cycle);
    });
}

Result<std::vector<app::RaterToContact>> SqlResponseRepository::unanswered(domain::CycleId cycle) {
    return guarded("finding raters to remind", [&]() -> Result<std::vector<app::RaterToContact>> {
        return raters_to_contact(m_sql,
                                 // A reminder's link carries the time it was made; the first invitation's, 0.
                                 "SELECT n.id, i.id, n.rater_email, n.rater_group, p.name, "
                                 "(SELECT COALESCE(MAX(l.created_at), 0) FROM invitation_links l "
                                 "WHERE l.invitation_id = i.id), "
                                 "(SELECT COUNT(*) FROM outbox o WHERE o.to_email = n.rater_email AND "
                                 "o.sent_at IS NULL AND o.kind IN ('invitation', 'reminder')) "
                                 "FROM nominations n "
                                 "JOIN people p ON p.id = n.subject_id "
                                 "JOIN invitations i ON i.nomination_id = n.id "
                                 "LEFT JOIN responses r ON r.invitation_id = i.id "
                                 "WHERE n.cycle_id = :cycle AND (r.id IS NULL OR r.state <> 'submitted') "
                                 "ORDER BY n.id",
                                 cycle);
    });
}

PreparedRaterStatements& SqlResponseRepository::rater_statements() {
    if (!m_rater_statements) {
        m_rater_statements = std::make_unique<PreparedRaterStatements>(m_sql);
    }
    return *m_rater_statements;
}

Result<std::optional<app::InvitationContext>>
SqlResponseRepository::invitation_context(const std::string& token_hash) {
    auto read = guarded("reading an invitation", [&]() -> Result<std::optional<app::InvitationContext>> {
        return rater_statements().invitation_context(token_hash);
    });
    if (!read) {
        m_rater_statements.reset();
    }
    return read;
}

Result<domain::ResponseId> SqlResponseRepository::create_response(domain::InvitationId invitation) {
    return guarded("starting a response", [&]() -> Result<domain::ResponseId> {
        const long long invitation_id = invitation.value();
        long long id = 0;
        m_sql << "INSERT INTO responses (invitation_id, state) VALUES (:invitation, 'draft') RETURNING id",
            soci::use(invitation_id), soci::into(id);
        return domain::ResponseId{id};
    });
}

namespace {

// Inserts ratings, replacing any earlier answer to the same behaviour.
void upsert_ratings(soci::session& sql, long long id,
                    const std::vector<std::pair<domain::BehaviourId, domain::Rating>>& ratings) {
    if (ratings.empty()) {
        return;
    }
    std::vector<long long> ids;
    std::vector<std::string> behaviours;
    std::vector<int> values;
    std::vector<soci::indicator> indicators;
    for (const auto& [behaviour, rating] : ratings) {
        ids.push_back(id);
        behaviours.push_back(behaviour.value());
        values.push_back(rating.observed() ? rating.value() : 0);
        indicators.push_back(rating.observed() ? soci::i_ok : soci::i_null);
    }
    sql << "INSERT INTO ratings (response_id, behaviour_id, value) VALUES (:id, :behaviour, :value) "
           "ON CONFLICT (response_id, behaviour_id) DO UPDATE SET value = excluded.value",
        soci::use(ids), soci::use(behaviours), soci::use(values, indicators);
}

void insert_comments(soci::session& sql, long long id,
                     const std::vector<std::pair<domain::Response::CommentKey, std::string>>& comments) {
    if (comments.empty()) {
        return;
    }
    std::vector<long long> ids;
    std::vector<std::string> attributes;
    std::vector<std::string> kinds;
    std::vector<std::string> bodies;
    for (const auto& [key, body] : comments) {
        ids.push_back(id);
        attributes.push_back(key.first.value());
        kinds.emplace_back(domain::to_string(key.second));
        bodies.push_back(body);
    }
    sql << "INSERT INTO comments (response_id, attribute_id, kind, body) VALUES (:id, :attribute, :kind, "
           ":body)",
        soci::use(ids), soci::use(attributes), soci::use(kinds), soci::use(bodies);
}

} // namespace

Result<void> SqlResponseRepository::in_own_transaction(const std::function<void()>& work) {
    // A transaction of its own unless the caller already holds one, so answers change as a whole.
    if (m_transaction_open) {
        work();
        return {};
    }
    soci::transaction transaction(m_sql);
    work();
    transaction.commit();
    return {};
}

Result<void> SqlResponseRepository::save_response(const domain::Response& response) {
    return guarded("saving answers", [&]() -> Result<void> {
        return in_own_transaction([&] {
            const long long id = response.id().value();
            const std::string state(domain::to_string(response.state()));
            m_sql << "UPDATE responses SET state = :state, revision = revision + 1 WHERE id = :id",
                soci::use(state), soci::use(id);
            m_sql << "DELETE FROM ratings WHERE response_id = :id", soci::use(id);
            m_sql << "DELETE FROM comments WHERE response_id = :id", soci::use(id);
            upsert_ratings(m_sql, id, {response.ratings().begin(), response.ratings().end()});
            insert_comments(m_sql, id, {response.comments().begin(), response.comments().end()});
        });
    });
}

Result<void> SqlResponseRepository::save_attribute_answers(const domain::Response& response,
                                                           const domain::Attribute& attribute) {
    std::vector<std::pair<domain::BehaviourId, domain::Rating>> ratings;
    for (const auto& behaviour : attribute.behaviours) {
        const auto found = response.ratings().find(behaviour.id);
        if (found != response.ratings().end()) {
            ratings.emplace_back(*found);
        }
    }
    std::vector<std::pair<domain::CommentKind, std::string>> comments;
    for (const auto& [key, body] : response.comments()) {
        if (key.first == attribute.id) {
            comments.emplace_back(key.second, body);
        }
    }
    auto saved = guarded("saving answers", [&]() -> Result<void> {
        return in_own_transaction(
            [&] { rater_statements().save_attribute(response.id(), ratings, attribute.id, comments); });
    });
    if (!saved) {
        m_rater_statements.reset();
    }
    return saved;
}

Result<std::optional<domain::Response>> SqlResponseRepository::load_response(domain::ResponseId id) {
    auto read = guarded("reading a response", [&]() -> Result<std::optional<domain::Response>> {
        return rater_statements().response(id);
    });
    if (!read) {
        m_rater_statements.reset();
    }
    return read;
}

Result<std::vector<app::CycleResponse>> SqlResponseRepository::submitted_responses(domain::CycleId cycle) {
    return guarded("reading a cycle's responses", [&]() -> Result<std::vector<app::CycleResponse>> {
        const long long cycle_id = cycle.value();
        const std::string scope = " FROM responses r JOIN invitations i ON i.id = r.invitation_id "
                                  "JOIN nominations n ON n.id = i.nomination_id "
                                  "WHERE n.cycle_id = :key AND r.state = 'submitted'";
        auto answers = read_answers(m_sql,
                                    "SELECT a.response_id, a.behaviour_id, a.value FROM ratings a WHERE "
                                    "a.response_id IN (SELECT r.id" +
                                        scope + ")",
                                    "SELECT c.response_id, c.attribute_id, c.kind, c.body FROM comments c "
                                    "WHERE c.response_id IN (SELECT r.id" +
                                        scope + ")",
                                    cycle_id);
        std::vector<app::CycleResponse> responses;
        long long response = 0;
        long long invitation = 0;
        long long nomination = 0;
        long long subject = 0;
        std::string group;
        soci::statement rows = (m_sql.prepare << "SELECT r.id, i.id, n.id, n.subject_id, n.rater_group" +
                                                     scope + " ORDER BY r.id",
                                soci::use(cycle_id), soci::into(response), soci::into(invitation),
                                soci::into(nomination), soci::into(subject), soci::into(group));
        rows.execute();
        while (rows.fetch()) {
            domain::Response entry(domain::ResponseId{response}, domain::InvitationId{invitation});
            auto& mine = answers[response];
            entry.restore(domain::ResponseState::Submitted, std::move(mine.first), std::move(mine.second));
            responses.push_back({domain::NominationId{nomination}, domain::PersonId{subject},
                                 domain::rater_group_from_string(group).value_or(domain::RaterGroup::Other),
                                 std::move(entry)});
        }
        return responses;
    });
}

} // namespace leadline::storage
