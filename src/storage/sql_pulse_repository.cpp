#include "storage/sql_pulse_repository.hpp"

#include "storage/soci_errors.hpp"

namespace leadline::storage {

using domain::ErrorCode;
using domain::Result;

namespace {

Result<domain::Date> stored_day(const std::string& text) {
    auto day = domain::Date::parse(text);
    if (!day) {
        return domain::fail(ErrorCode::Internal, "A stored pulse date is unreadable.");
    }
    return *day;
}

Result<domain::PulseRound> stored_round(int number, const std::string& opens, const std::string& closes) {
    auto opens_on = stored_day(opens);
    auto closes_on = stored_day(closes);
    if (!opens_on || !closes_on) {
        return domain::fail(ErrorCode::Internal, "A stored pulse date is unreadable.");
    }
    return domain::PulseRound{number, *opens_on, *closes_on};
}

Result<domain::RaterGroup> stored_group(const std::string& text) {
    const auto group = domain::rater_group_from_string(text);
    if (!group) {
        return domain::fail(ErrorCode::Internal, "A stored pulse rater has an unknown group.");
    }
    return *group;
}

const char* const invitation_columns =
    "SELECT id, cycle_id, round, subject_id, rater_group, rater_email, rater_name, withdrawn, answered_at "
    "FROM pulse_invitations ";

// Reads invitation rows from a statement prepared with invitation_columns.
struct InvitationRow {
    long long id = 0;
    long long cycle = 0;
    int round = 0;
    long long subject = 0;
    std::string group;
    std::string email;
    std::string name;
    int withdrawn = 0;
    long long answered_at = 0;
    soci::indicator answered = soci::i_null;

    void bind(soci::statement& statement) {
        statement.exchange(soci::into(id));
        statement.exchange(soci::into(cycle));
        statement.exchange(soci::into(round));
        statement.exchange(soci::into(subject));
        statement.exchange(soci::into(group));
        statement.exchange(soci::into(email));
        statement.exchange(soci::into(name));
        statement.exchange(soci::into(withdrawn));
        statement.exchange(soci::into(answered_at, answered));
    }

    [[nodiscard]] Result<app::PulseInvitation> invitation() const {
        auto rater_group = stored_group(group);
        if (!rater_group) {
            return domain::fail(rater_group.error());
        }
        app::PulseInvitation result;
        result.id = id;
        result.cycle = domain::CycleId{cycle};
        result.round = round;
        result.subject = domain::PersonId{subject};
        result.group = *rater_group;
        result.email = email;
        result.name = name;
        result.withdrawn = withdrawn != 0;
        if (answered == soci::i_ok) {
            result.answered_at = answered_at;
        }
        return result;
    }
};

} // namespace

Result<void> SqlPulseRepository::set_pulse_rounds(domain::CycleId cycle,
                                                  const std::vector<domain::PulseRound>& rounds) {
    return guarded("saving the pulse's dates", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        // Keep when each round's invitations went: rounds are rewritten in place, not dropped.
        m_sql << "DELETE FROM pulse_rounds WHERE cycle_id = :cycle AND round > :count", soci::use(cycle_id),
            soci::use(static_cast<int>(rounds.size()));
        int number = 0;
        std::string opens;
        std::string closes;
        soci::statement upsert =
            (m_sql.prepare
                 << "INSERT INTO pulse_rounds (cycle_id, round, opens_on, closes_on) VALUES (:cycle, "
                    ":round, :opens, :closes) ON CONFLICT (cycle_id, round) DO UPDATE SET opens_on = "
                    "excluded.opens_on, closes_on = excluded.closes_on",
             soci::use(cycle_id), soci::use(number), soci::use(opens), soci::use(closes));
        for (const auto& round : rounds) {
            number = round.number;
            opens = round.opens_on.iso();
            closes = round.closes_on.iso();
            upsert.execute(true);
        }
        return {};
    });
}

Result<std::vector<domain::PulseRound>> SqlPulseRepository::pulse_rounds(domain::CycleId cycle) {
    return guarded("reading the pulse's dates", [&]() -> Result<std::vector<domain::PulseRound>> {
        long long cycle_id = cycle.value();
        int number = 0;
        std::string opens;
        std::string closes;
        soci::statement rows =
            (m_sql.prepare << "SELECT round, opens_on, closes_on FROM pulse_rounds WHERE "
                              "cycle_id = :cycle ORDER BY round",
             soci::use(cycle_id), soci::into(number), soci::into(opens), soci::into(closes));
        rows.execute();
        std::vector<domain::PulseRound> rounds;
        while (rows.fetch()) {
            auto round = stored_round(number, opens, closes);
            if (!round) {
                return domain::fail(round.error());
            }
            rounds.push_back(*round);
        }
        return rounds;
    });
}

Result<std::vector<app::PulseRoundDue>> SqlPulseRepository::pulse_rounds_due(domain::Date today) {
    return guarded("finding pulse rounds to open", [&]() -> Result<std::vector<app::PulseRoundDue>> {
        std::string day = today.iso();
        long long cycle_id = 0;
        int number = 0;
        std::string opens;
        std::string closes;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT cycle_id, round, opens_on, closes_on FROM pulse_rounds WHERE invited_at IS "
                    "NULL AND opens_on <= :opens AND closes_on >= :closes ORDER BY cycle_id, round",
             soci::use(day), soci::use(day), soci::into(cycle_id), soci::into(number), soci::into(opens),
             soci::into(closes));
        rows.execute();
        std::vector<app::PulseRoundDue> due;
        while (rows.fetch()) {
            auto round = stored_round(number, opens, closes);
            if (!round) {
                return domain::fail(round.error());
            }
            due.push_back({domain::CycleId{cycle_id}, *round});
        }
        return due;
    });
}

Result<bool> SqlPulseRepository::mark_pulse_round_invited(domain::CycleId cycle, int round,
                                                          std::int64_t now) {
    return guarded("marking a pulse round's invitations sent", [&]() -> Result<bool> {
        long long cycle_id = cycle.value();
        long long at = now;
        soci::statement update =
            (m_sql.prepare << "UPDATE pulse_rounds SET invited_at = :at WHERE cycle_id = "
                              ":cycle AND round = :round AND invited_at IS NULL",
             soci::use(at), soci::use(cycle_id), soci::use(round));
        update.execute(true);
        return update.get_affected_rows() == 1;
    });
}

Result<void> SqlPulseRepository::set_pulse_items(domain::CycleId cycle, int round, domain::PersonId subject,
                                                 const std::vector<domain::PulseItem>& items) {
    return guarded("saving what a pulse asks", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        long long person_id = subject.value();
        m_sql << "DELETE FROM pulse_items WHERE cycle_id = :cycle AND round = :round AND person_id = :person",
            soci::use(cycle_id), soci::use(round), soci::use(person_id);
        int position = 0;
        std::string attribute;
        int focus = 0;
        soci::statement insert =
            (m_sql.prepare << "INSERT INTO pulse_items (cycle_id, round, person_id, position, attribute_id, "
                              "focus) VALUES (:cycle, :round, :person, :position, :attribute, :focus)",
             soci::use(cycle_id), soci::use(round), soci::use(person_id), soci::use(position),
             soci::use(attribute), soci::use(focus));
        for (const auto& item : items) {
            attribute = item.attribute.value();
            focus = item.focus ? 1 : 0;
            insert.execute(true);
            ++position;
        }
        return {};
    });
}

Result<std::vector<domain::PulseItem>> SqlPulseRepository::pulse_items(domain::CycleId cycle, int round,
                                                                       domain::PersonId subject) {
    return guarded("reading what a pulse asks", [&]() -> Result<std::vector<domain::PulseItem>> {
        long long cycle_id = cycle.value();
        long long person_id = subject.value();
        std::string attribute;
        int focus = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT attribute_id, focus FROM pulse_items WHERE cycle_id = :cycle AND round = "
                    ":round AND person_id = :person ORDER BY position",
             soci::use(cycle_id), soci::use(round), soci::use(person_id), soci::into(attribute),
             soci::into(focus));
        rows.execute();
        std::vector<domain::PulseItem> items;
        while (rows.fetch()) {
            items.push_back({domain::AttributeId(attribute), focus != 0});
        }
        return items;
    });
}

Result<std::vector<domain::PersonId>> SqlPulseRepository::pulse_subjects(domain::CycleId cycle, int round) {
    return guarded("reading who a pulse is about", [&]() -> Result<std::vector<domain::PersonId>> {
        long long cycle_id = cycle.value();
        long long person_id = 0;
        soci::statement rows =
            (m_sql.prepare
                 << "SELECT DISTINCT person_id FROM pulse_items WHERE cycle_id = :cycle AND round = "
                    ":round ORDER BY person_id",
             soci::use(cycle_id), soci::use(round), soci::into(person_id));
        rows.execute();
        std::vector<domain::PersonId> subjects;
        while (rows.fetch()) {
            subjects.emplace_back(person_id);
        }
        return subjects;
    });
}

Result<std::int64_t> SqlPulseRepository::add_pulse_invitation(const app::PulseInvitation& invitation,
                                                              const std::string& token_hash) {
    return guarded("saving a pulse invitation", [&]() -> Result<std::int64_t> {
        long long cycle_id = invitation.cycle.value();
        long long subject_id = invitation.subject.value();
        std::string group(domain::to_string(invitation.group));
        long long id = 0;
        m_sql << "INSERT INTO pulse_invitations (cycle_id, round, subject_id, rater_group, rater_email, "
                 "rater_name, token_hash) VALUES (:cycle, :round, :subject, :grp, :email, :name, :hash) "
                 "RETURNING id",
            soci::use(cycle_id), soci::use(invitation.round), soci::use(subject_id), soci::use(group),
            soci::use(invitation.email), soci::use(invitation.name), soci::use(token_hash), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::optional<app::PulseInvitation>>
SqlPulseRepository::pulse_invitation_by_token(const std::string& token_hash) {
    return guarded("reading a pulse link", [&]() -> Result<std::optional<app::PulseInvitation>> {
        InvitationRow row;
        soci::statement statement(m_sql);
        row.bind(statement);
        statement.exchange(soci::use(token_hash));
        statement.alloc();
        statement.prepare(std::string(invitation_columns) + "WHERE token_hash = :hash AND withdrawn = 0");
        statement.define_and_bind();
        statement.execute(true);
        if (!statement.got_data()) {
            return std::optional<app::PulseInvitation>();
        }
        auto invitation = row.invitation();
        if (!invitation) {
            return domain::fail(invitation.error());
        }
        return std::optional<app::PulseInvitation>(std::move(*invitation));
    });
}

Result<std::vector<app::PulseInvitation>>
SqlPulseRepository::pulse_invitations(domain::CycleId cycle, int round, domain::PersonId subject) {
    return guarded("reading a pulse's raters", [&]() -> Result<std::vector<app::PulseInvitation>> {
        long long cycle_id = cycle.value();
        long long subject_id = subject.value();
        InvitationRow row;
        soci::statement statement(m_sql);
        row.bind(statement);
        statement.exchange(soci::use(cycle_id));
        statement.exchange(soci::use(round));
        statement.exchange(soci::use(subject_id));
        statement.alloc();
        statement.prepare(std::string(invitation_columns) +
                          "WHERE cycle_id = :cycle AND round = :round AND subject_id = :subject ORDER BY id");
        statement.define_and_bind();
        statement.execute();
        std::vector<app::PulseInvitation> invitations;
        while (statement.fetch()) {
            auto invitation = row.invitation();
            if (!invitation) {
                return domain::fail(invitation.error());
            }
            invitations.push_back(std::move(*invitation));
        }
        return invitations;
    });
}

Result<void> SqlPulseRepository::withdraw_pulse_invitation(std::int64_t invitation) {
    return guarded("withdrawing a pulse rater", [&]() -> Result<void> {
        long long id = invitation;
        m_sql << "DELETE FROM pulse_ratings WHERE invitation_id = :id", soci::use(id);
        soci::statement update =
            (m_sql.prepare
                 << "UPDATE pulse_invitations SET withdrawn = 1, answered_at = NULL, feedforward = '' "
                    "WHERE id = :id",
             soci::use(id));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            return domain::fail(ErrorCode::NotFound, "There is no such pulse rater.");
        }
        return {};
    });
}

Result<void> SqlPulseRepository::answer_pulse(std::int64_t invitation, const domain::PulseAnswer& answer,
                                              std::int64_t now) {
    return guarded("saving a pulse answer", [&]() -> Result<void> {
        long long id = invitation;
        long long at = now;
        soci::statement update =
            (m_sql.prepare
                 << "UPDATE pulse_invitations SET answered_at = :at, feedforward = :text WHERE id = "
                    ":id AND withdrawn = 0",
             soci::use(at), soci::use(answer.feedforward), soci::use(id));
        update.execute(true);
        if (update.get_affected_rows() != 1) {
            return domain::fail(ErrorCode::NotFound, "That pulse link no longer works.");
        }
        m_sql << "DELETE FROM pulse_ratings WHERE invitation_id = :id", soci::use(id);
        std::string attribute;
        int change = 0;
        soci::statement insert = (m_sql.prepare << "INSERT INTO pulse_ratings (invitation_id, attribute_id, "
                                                   "change) VALUES (:id, :attribute, :change)",
                                  soci::use(id), soci::use(attribute), soci::use(change));
        for (const auto& rating : answer.ratings) {
            attribute = rating.attribute.value();
            change = rating.change;
            insert.execute(true);
        }
        return {};
    });
}

Result<std::optional<domain::PulseAnswer>> SqlPulseRepository::pulse_answer(std::int64_t invitation) {
    return guarded("reading a pulse answer", [&]() -> Result<std::optional<domain::PulseAnswer>> {
        long long id = invitation;
        std::string feedforward;
        long long answered_at = 0;
        soci::indicator answered = soci::i_null;
        m_sql << "SELECT feedforward, answered_at FROM pulse_invitations WHERE id = :id AND withdrawn = 0",
            soci::use(id), soci::into(feedforward), soci::into(answered_at, answered);
        if (!m_sql.got_data() || answered != soci::i_ok) {
            return std::optional<domain::PulseAnswer>();
        }
        domain::PulseAnswer answer;
        answer.feedforward = feedforward;
        std::string attribute;
        int change = 0;
        soci::statement rows = (m_sql.prepare << "SELECT attribute_id, change FROM pulse_ratings WHERE "
                                                 "invitation_id = :id ORDER BY attribute_id",
                                soci::use(id), soci::into(attribute), soci::into(change));
        rows.execute();
        while (rows.fetch()) {
            answer.ratings.push_back({domain::AttributeId(attribute), change});
        }
        return std::optional<domain::PulseAnswer>(std::move(answer));
    });
}

Result<std::map<domain::PersonId, std::vector<domain::PulseAnswer>>>
SqlPulseRepository::answers_where(domain::CycleId cycle, int round, std::optional<domain::PersonId> subject) {
    return guarded(
        "reading pulse answers",
        [&]() -> Result<std::map<domain::PersonId, std::vector<domain::PulseAnswer>>> {
            long long cycle_id = cycle.value();
            long long subject_id = subject ? subject->value() : 0;
            long long person = 0;
            long long invitation = 0;
            std::string feedforward;
            std::string attribute;
            soci::indicator attribute_state = soci::i_null;
            int change = 0;
            soci::indicator change_state = soci::i_null;
            const std::string query =
                std::string("SELECT i.subject_id, i.id, i.feedforward, r.attribute_id, r.change FROM "
                            "pulse_invitations i LEFT JOIN pulse_ratings r ON r.invitation_id = i.id "
                            "WHERE i.cycle_id = :cycle AND i.round = :round AND i.withdrawn = 0 AND "
                            "i.answered_at IS NOT NULL AND i.subject_id ") +
                (subject ? "= :subject" : "<> :subject") + " ORDER BY i.subject_id, i.id";
            soci::statement rows =
                (m_sql.prepare << query, soci::use(cycle_id), soci::use(round), soci::use(subject_id),
                 soci::into(person), soci::into(invitation), soci::into(feedforward),
                 soci::into(attribute, attribute_state), soci::into(change, change_state));
            rows.execute();
            std::map<domain::PersonId, std::vector<domain::PulseAnswer>> answers;
            long long previous = 0;
            while (rows.fetch()) {
                auto& of_subject = answers[domain::PersonId{person}];
                if (invitation != previous) {
                    of_subject.push_back({{}, feedforward});
                    previous = invitation;
                }
                if (attribute_state == soci::i_ok && change_state == soci::i_ok) {
                    of_subject.back().ratings.push_back({domain::AttributeId(attribute), change});
                }
            }
            return answers;
        });
}

Result<std::vector<domain::PulseAnswer>> SqlPulseRepository::pulse_answers(domain::CycleId cycle, int round,
                                                                           domain::PersonId subject) {
    auto answers = answers_where(cycle, round, subject);
    if (!answers) {
        return domain::fail(answers.error());
    }
    auto found = answers->find(subject);
    return found == answers->end() ? std::vector<domain::PulseAnswer>() : std::move(found->second);
}

Result<std::map<domain::PersonId, std::vector<domain::PulseAnswer>>>
SqlPulseRepository::pulse_round_answers(domain::CycleId cycle, int round) {
    return answers_where(cycle, round, std::nullopt);
}

Result<app::PulseRoundCounts> SqlPulseRepository::pulse_round_counts(domain::CycleId cycle, int round) {
    return guarded("counting a pulse round", [&]() -> Result<app::PulseRoundCounts> {
        long long cycle_id = cycle.value();
        long long subjects = 0;
        long long invited = 0;
        long long answered = 0;
        m_sql
            << "SELECT COUNT(DISTINCT person_id) FROM pulse_items WHERE cycle_id = :cycle AND round = :round",
            soci::use(cycle_id), soci::use(round), soci::into(subjects);
        m_sql << "SELECT COUNT(*), COUNT(answered_at) FROM pulse_invitations WHERE cycle_id = :cycle AND "
                 "round = :round AND withdrawn = 0",
            soci::use(cycle_id), soci::use(round), soci::into(invited), soci::into(answered);
        return app::PulseRoundCounts{subjects, invited, answered};
    });
}

Result<void> SqlPulseRepository::add_pulse_rater(domain::CycleId cycle, domain::PersonId subject,
                                                 const app::AddedPulseRater& rater, std::int64_t now) {
    return guarded("adding a pulse rater", [&]() -> Result<void> {
        long long cycle_id = cycle.value();
        long long subject_id = subject.value();
        long long at = now;
        std::string group(domain::to_string(rater.group));
        m_sql
            << "INSERT INTO pulse_added_raters (cycle_id, subject_id, rater_email, rater_name, rater_group, "
               "added_at) VALUES (:cycle, :subject, :email, :name, :grp, :at)",
            soci::use(cycle_id), soci::use(subject_id), soci::use(rater.email), soci::use(rater.name),
            soci::use(group), soci::use(at);
        return {};
    });
}

Result<std::vector<app::AddedPulseRater>> SqlPulseRepository::added_pulse_raters(domain::CycleId cycle,
                                                                                 domain::PersonId subject) {
    return guarded("reading added pulse raters", [&]() -> Result<std::vector<app::AddedPulseRater>> {
        long long cycle_id = cycle.value();
        long long subject_id = subject.value();
        std::string email;
        std::string name;
        std::string group;
        soci::statement rows =
            (m_sql.prepare << "SELECT rater_email, rater_name, rater_group FROM pulse_added_raters WHERE "
                              "cycle_id = :cycle AND subject_id = :subject ORDER BY added_at, rater_email",
             soci::use(cycle_id), soci::use(subject_id), soci::into(email), soci::into(name),
             soci::into(group));
        rows.execute();
        std::vector<app::AddedPulseRater> raters;
        while (rows.fetch()) {
            auto rater_group = stored_group(group);
            if (!rater_group) {
                return domain::fail(rater_group.error());
            }
            raters.push_back({email, name, *rater_group});
        }
        return raters;
    });
}

} // namespace leadline::storage
