#include "storage/prepared_rater_statements.hpp"

namespace leadline::storage {

namespace {

// Steps a one-row query to its end. SQLite keeps a statement's read snapshot until it runs to
// completion, so a prepared statement left on its row would make later reads on this connection
// miss newer writes.
void finish(soci::statement& statement) {
    while (statement.fetch()) {
    }
}

} // namespace

PreparedRaterStatements::PreparedRaterStatements(soci::session& sql)
    : m_context_query((
          sql.prepare << "SELECT i.id, n.id, r.id, c.id, c.name, c.state, c.closes_on, c.framework_id, "
                         "c.framework_version, n.subject_id, p.name, n.rater_group, c.managers_see_reports, "
                         "COALESCE(o.name, ''), COALESCE(o.contact_email, ''), COALESCE(o.privacy_url, '') "
                         "FROM invitation_links l "
                         "JOIN invitations i ON i.id = l.invitation_id "
                         "JOIN nominations n ON n.id = i.nomination_id JOIN cycles c ON c.id = n.cycle_id "
                         "JOIN people p ON p.id = n.subject_id "
                         "LEFT JOIN responses r ON r.invitation_id = i.id "
                         "LEFT JOIN organisation o ON o.id = 1 WHERE l.token_hash = :hash",
          soci::use(m_context.token_hash), soci::into(m_context.invitation), soci::into(m_context.nomination),
          soci::into(m_context.response, m_context.response_indicator), soci::into(m_context.cycle),
          soci::into(m_context.cycle_name), soci::into(m_context.state), soci::into(m_context.closes_on),
          soci::into(m_context.framework_id), soci::into(m_context.framework_version),
          soci::into(m_context.subject), soci::into(m_context.subject_name), soci::into(m_context.group),
          soci::into(m_context.managers_see_reports), soci::into(m_context.organisation.name),
          soci::into(m_context.organisation.contact_email), soci::into(m_context.organisation.privacy_url))),
      m_response_query((sql.prepare << "SELECT invitation_id, state FROM responses WHERE id = :id",
                        soci::use(m_answer.response), soci::into(m_answer.invitation),
                        soci::into(m_answer.state))),
      m_ratings_query((sql.prepare << "SELECT behaviour_id, value FROM ratings WHERE response_id = :id",
                       soci::use(m_answer.response), soci::into(m_answer.item),
                       soci::into(m_answer.value, m_answer.value_indicator))),
      m_comments_query(
          (sql.prepare << "SELECT attribute_id, kind, body FROM comments WHERE response_id = :id",
           soci::use(m_answer.response), soci::into(m_answer.item), soci::into(m_answer.kind),
           soci::into(m_answer.body))),
      m_upsert_rating((sql.prepare << "INSERT INTO ratings (response_id, behaviour_id, value) VALUES (:id, "
                                      ":behaviour, :value) ON CONFLICT (response_id, behaviour_id) DO UPDATE "
                                      "SET value = excluded.value",
                       soci::use(m_written.response), soci::use(m_written.item),
                       soci::use(m_written.value, m_written.value_indicator))),
      m_touch_response((sql.prepare << "UPDATE responses SET revision = revision + 1 WHERE id = :id",
                        soci::use(m_written.response))),
      m_delete_comments(
          (sql.prepare << "DELETE FROM comments WHERE response_id = :id AND attribute_id = :attribute",
           soci::use(m_written.response), soci::use(m_written.item))),
      m_insert_comment(
          (sql.prepare << "INSERT INTO comments (response_id, attribute_id, kind, body) VALUES (:id, "
                          ":attribute, :kind, :body)",
           soci::use(m_written.response), soci::use(m_written.item), soci::use(m_written.kind),
           soci::use(m_written.body))) {}

std::optional<app::InvitationContext>
PreparedRaterStatements::invitation_context(const std::string& token_hash) {
    auto& row = m_context;
    row.token_hash = token_hash;
    row.response_indicator = soci::i_null;
    if (!m_context_query.execute(true)) {
        return std::nullopt;
    }
    finish(m_context_query);
    app::InvitationContext context;
    context.invitation = domain::InvitationId{row.invitation};
    context.nomination = domain::NominationId{row.nomination};
    if (row.response_indicator == soci::i_ok) {
        context.response = domain::ResponseId{row.response};
    }
    context.cycle = domain::CycleId{row.cycle};
    context.cycle_name = row.cycle_name;
    context.cycle_state = domain::cycle_state_from_string(row.state).value_or(domain::CycleState::Closed);
    context.closes_on = domain::Date::parse(row.closes_on).value_or(domain::Date{});
    context.framework_id = row.framework_id;
    context.framework_version = row.framework_version;
    context.subject = domain::PersonId{row.subject};
    context.subject_name = row.subject_name;
    context.group = domain::rater_group_from_string(row.group).value_or(domain::RaterGroup::Other);
    context.line_managers_see_reports = row.managers_see_reports != 0;
    context.organisation = row.organisation;
    return context;
}

std::optional<domain::Response> PreparedRaterStatements::response(domain::ResponseId id) {
    auto& row = m_answer;
    row.response = id.value();
    if (!m_response_query.execute(true)) {
        return std::nullopt;
    }
    finish(m_response_query);
    const auto state = domain::response_state_from_string(row.state).value_or(domain::ResponseState::Draft);
    const domain::InvitationId invitation{row.invitation};
    std::map<domain::BehaviourId, domain::Rating> ratings;
    m_ratings_query.execute();
    while (m_ratings_query.fetch()) {
        ratings.insert_or_assign(domain::BehaviourId(row.item), row.value_indicator == soci::i_ok
                                                                    ? domain::Rating::of(row.value)
                                                                    : domain::Rating::not_observed());
    }
    std::map<domain::Response::CommentKey, std::string> comments;
    m_comments_query.execute();
    while (m_comments_query.fetch()) {
        const auto kind = domain::comment_kind_from_string(row.kind).value_or(domain::CommentKind::Strength);
        comments.insert_or_assign({domain::AttributeId(row.item), kind}, row.body);
    }
    domain::Response response(id, invitation);
    response.restore(state, std::move(ratings), std::move(comments));
    return response;
}

} // namespace leadline::storage

namespace leadline::storage {

void PreparedRaterStatements::save_attribute(
    domain::ResponseId response, const std::vector<std::pair<domain::BehaviourId, domain::Rating>>& ratings,
    const domain::AttributeId& attribute,
    const std::vector<std::pair<domain::CommentKind, std::string>>& comments) {
    auto& row = m_written;
    row.response = response.value();
    for (const auto& [behaviour, rating] : ratings) {
        row.item = behaviour.value();
        row.value = rating.observed() ? rating.value() : 0;
        row.value_indicator = rating.observed() ? soci::i_ok : soci::i_null;
        m_upsert_rating.execute(true);
    }
    // The response's row changes with its answers, so its trigger marks the change for rater pages
    // kept in memory (migration 6).
    m_touch_response.execute(true);
    row.item = attribute.value();
    m_delete_comments.execute(true);
    for (const auto& [kind, body] : comments) {
        row.kind = std::string(domain::to_string(kind));
        row.body = body;
        m_insert_comment.execute(true);
    }
}

} // namespace leadline::storage
