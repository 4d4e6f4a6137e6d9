#include "app/feedback/enrolment.hpp"

#include <algorithm>

#include "app/accounts/accounts.hpp"
#include "app/feedback/invitations.hpp"
#include "app/feedback/queued_message.hpp"
#include "app/feedback/rater_list_approval.hpp"
#include "domain/people/person.hpp"

namespace leadline::app {

using domain::ErrorCode;

domain::Result<void> Enrolment::invite_if_open(domain::CycleId cycle, domain::CycleState state) {
    if (state != domain::CycleState::Open) {
        return {};
    }
    auto invited = Invitations(m_store, m_clock, m_base_url).invite_uninvited(cycle);
    if (!invited) {
        return domain::fail(invited.error());
    }
    return {};
}

domain::Result<void> Enrolment::nominate_line_manager(domain::FeedbackCycle& cycle,
                                                      const domain::Person& subject) {
    const auto& groups = cycle.settings().rater_groups;
    if (!subject.line_manager ||
        std::find(groups.begin(), groups.end(), domain::RaterGroup::LineManager) == groups.end()) {
        return {};
    }
    auto manager = m_store.people().person(*subject.line_manager);
    if (!manager) {
        return domain::fail(manager.error());
    }
    if (!*manager) {
        return {};
    }
    auto nomination =
        cycle.nominate({}, subject.id, domain::RaterGroup::LineManager, {(*manager)->id, (*manager)->email});
    if (!nomination) {
        return domain::fail(nomination.error());
    }
    return m_store.cycles().add_nomination(cycle.id(), *nomination).map([](auto) {});
}

domain::Result<void> Enrolment::add_subject(domain::CycleId cycle_id, const std::string& typed_email) {
    auto email = domain::normalise_email(typed_email);
    if (!email) {
        return domain::fail(email.error());
    }
    auto person = m_store.people().find_person(*email);
    if (!person) {
        return domain::fail(person.error());
    }
    if (!*person) {
        return domain::fail(ErrorCode::NotFound, "No one in the people directory has the email " + *email +
                                                     ". Check it, or import them first.");
    }
    const auto subject = **person;
    if (subject.left_at) {
        return domain::fail(
            ErrorCode::FailedPrecondition,
            subject.name + " (" + subject.email +
                ") has left, according to the people directory, so cannot take part in a cycle.");
    }
    return m_store.in_transaction([&]() -> domain::Result<void> {
        auto cycle = m_store.cycles().load_cycle(cycle_id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        if (auto enrolled = enrol(*cycle, subject); !enrolled) {
            return enrolled;
        }
        return invite_if_open(cycle_id, cycle->state());
    });
}

domain::Result<void> Enrolment::enrol(domain::FeedbackCycle& cycle, const domain::Person& subject) {
    const auto cycle_id = cycle.id();
    if (auto added = cycle.add_subject({subject.id, subject.email}); !added) {
        return added;
    }
    if (auto stored = m_store.cycles().add_subject(cycle_id, {subject.id, subject.email}); !stored) {
        return stored;
    }
    auto self = cycle.nominate({}, subject.id, domain::RaterGroup::Self, {subject.id, subject.email});
    if (!self) {
        return domain::fail(self.error());
    }
    if (auto nominated = m_store.cycles().add_nomination(cycle_id, *self); !nominated) {
        return domain::fail(nominated.error());
    }
    if (auto manager = nominate_line_manager(cycle, subject); !manager) {
        return manager;
    }
    // Their account: a sign-in link to choose raters, or a note that they are in another cycle.
    auto account = m_store.accounts().find_user_by_email(subject.email);
    if (!account) {
        return domain::fail(account.error());
    }
    const auto& settings = cycle.settings();
    std::string body = "Hello " + subject.name + ",\n\nYou are taking part in " + settings.name +
                       ", a 360 feedback cycle. Sign in to choose who to ask for feedback, and to rate "
                       "yourself, by " +
                       settings.closes_on.display() + ".\n\n";
    if (!*account) {
        auto managed = m_store.people().managed_by(subject.id);
        if (!managed) {
            return domain::fail(managed.error());
        }
        const bool manages = !managed->empty();
        Accounts accounts(m_store, m_clock);
        auto link =
            accounts.add_user(subject.email, manages ? domain::Role::LineManager : domain::Role::Participant);
        if (!link) {
            return domain::fail(link.error());
        }
        body += "Your sign-in link works once, for 7 days, and lets you choose a password:\n" +
                site_address(m_base_url) + "/sign-in/" + link->token + "\n";
    } else {
        // An account made earlier may have no password yet: then it gets a fresh link, not a dead end.
        auto lines = sign_in_lines(m_store, m_clock, m_base_url, subject.email);
        if (!lines) {
            return domain::fail(lines.error());
        }
        body += *lines;
    }
    auto queued = queue_message(m_store, new_message(subject.email, MessageKind::SignIn,
                                                     "You are taking part in " + settings.name, body,
                                                     m_clock.now_seconds()));
    if (!queued) {
        return domain::fail(queued.error());
    }
    return {};
}

domain::Result<void> Enrolment::is_directory_manager(domain::PersonId subject, const domain::Rater& rater) {
    auto person = m_store.people().person(subject);
    if (!person) {
        return domain::fail(person.error());
    }
    if (!*person || !(*person)->line_manager) {
        return domain::fail(ErrorCode::InvalidInput,
                            "The people directory has no line manager for you, so none can be asked. Your HR "
                            "team can add one to the directory.");
    }
    if (rater.person == (*person)->line_manager) {
        return {};
    }
    auto manager = m_store.people().person(*(*person)->line_manager);
    if (!manager) {
        return domain::fail(manager.error());
    }
    const auto named =
        *manager ? (*manager)->name + " (" + (*manager)->email + ")" : std::string("someone else");
    return domain::fail(ErrorCode::InvalidInput,
                        "Your line manager in the people directory is " + named +
                            ". If that is wrong, your HR team can correct the directory; ask other "
                            "colleagues as peers.");
}

domain::Result<void> Enrolment::nominate(domain::CycleId cycle_id, domain::PersonId subject,
                                         domain::RaterGroup group, const std::string& typed_email) {
    auto email = domain::normalise_email(typed_email);
    if (!email) {
        return domain::fail(email.error());
    }
    auto person = m_store.people().find_person(*email);
    if (!person) {
        return domain::fail(person.error());
    }
    const bool colleague_group = group == domain::RaterGroup::LineManager ||
                                 group == domain::RaterGroup::Peer ||
                                 group == domain::RaterGroup::DirectReport;
    if (colleague_group && !*person) {
        return domain::fail(ErrorCode::NotFound,
                            "No one in the people directory has the email " + *email +
                                ". Colleagues must be in the directory; partners and service "
                                "users need not be.");
    }
    if (*person && (*person)->left_at) {
        return domain::fail(ErrorCode::InvalidInput,
                            *email + " belongs to someone who has left, according to the people directory; "
                                     "ask someone else.");
    }
    domain::Rater rater{*person ? std::optional<domain::PersonId>((*person)->id) : std::nullopt, *email};
    if (group == domain::RaterGroup::LineManager) {
        if (auto checked = is_directory_manager(subject, rater); !checked) {
            return checked;
        }
    }
    if (rater.person && *rater.person == subject) {
        return domain::fail(
            ErrorCode::InvalidInput,
            "You cannot rate yourself here: your self-assessment is already part of the cycle.");
    }
    return m_store.in_transaction([&]() -> domain::Result<void> {
        auto cycle = m_store.cycles().load_cycle(cycle_id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        auto nomination = cycle->nominate({}, subject, group, rater);
        if (!nomination) {
            return domain::fail(nomination.error());
        }
        if (auto stored = m_store.cycles().add_nomination(cycle_id, *nomination); !stored) {
            return domain::fail(stored.error());
        }
        // A changed list is approved again before its new raters are asked.
        if (auto changed = RaterListApprovals(m_store, m_clock, m_base_url).list_changed(cycle_id, subject);
            !changed) {
            return changed;
        }
        return invite_if_open(cycle_id, cycle->state());
    });
}

domain::Result<void> Enrolment::withdraw(domain::CycleId cycle_id, domain::PersonId subject,
                                         domain::NominationId nomination) {
    return m_store.in_transaction([&]() -> domain::Result<void> {
        auto cycle = m_store.cycles().load_cycle(cycle_id);
        if (!cycle) {
            return domain::fail(cycle.error());
        }
        if (auto withdrawn = cycle->withdraw(nomination, subject); !withdrawn) {
            return withdrawn;
        }
        return m_store.cycles().remove_nomination(nomination);
    });
}

} // namespace leadline::app
