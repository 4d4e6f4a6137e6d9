#include "app/feedback/cycle_administration.hpp"

#include <algorithm>
#include <map>

namespace leadline::app {

int CycleOverview::subjects_under_minimum() const {
    return static_cast<int>(std::count_if(subjects.begin(), subjects.end(),
                                          [](const auto& subject) { return subject.any_under_minimum(); }));
}

domain::Result<CycleOverview> CycleAdministration::overview(domain::CycleId cycle) {
    auto heading = m_store.cycles().cycle_heading(cycle);
    if (!heading) {
        return domain::fail(heading.error());
    }
    auto counts = m_store.cycles().progress_counts(cycle);
    if (!counts) {
        return domain::fail(counts.error());
    }
    return CycleOverview{cycle, heading->settings, heading->state,
                         domain::summarise_progress(heading->settings, *counts)};
}

domain::Result<domain::CycleId> CycleAdministration::create(const domain::CycleSettings& settings,
                                                            const std::string& framework_text) {
    if (auto checked = domain::FeedbackCycle::create({}, settings); !checked) {
        return domain::fail(checked.error());
    }
    domain::CycleId created;
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto kept = m_store.frameworks().save_framework(settings.framework.value(),
                                                        settings.framework_version, framework_text);
        if (!kept) {
            return kept;
        }
        auto id = m_store.cycles().create_cycle(settings);
        if (!id) {
            return domain::fail(id.error());
        }
        created = *id;
        return {};
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return created;
}

domain::Result<void> CycleAdministration::change_settings(domain::CycleId cycle,
                                                          const domain::CycleSettings& settings,
                                                          const std::string& framework_text) {
    if (auto checked = domain::FeedbackCycle::create({}, settings); !checked) {
        return domain::fail(checked.error());
    }
    return m_store.in_transaction([&]() -> domain::Result<void> {
        auto loaded = m_store.cycles().load_cycle(cycle);
        if (!loaded) {
            return domain::fail(loaded.error());
        }
        if (loaded->state() != domain::CycleState::Draft) {
            return domain::fail(
                domain::ErrorCode::FailedPrecondition,
                "Only a draft cycle's settings can be changed. Once a cycle is open, raters "
                "answer the questions it was opened with; its closing date can still change.");
        }
        std::map<domain::RaterGroup, int> asked;
        for (const auto& nomination : loaded->nominations()) {
            ++asked[nomination.group];
        }
        const auto& kept = settings.rater_groups;
        for (const auto& [group, count] : asked) {
            if (group != domain::RaterGroup::Self &&
                std::find(kept.begin(), kept.end(), group) == kept.end()) {
                return domain::fail(domain::ErrorCode::InvalidInput,
                                    std::to_string(count) + (count == 1 ? " rater was" : " raters were") +
                                        " already asked as " + std::string(domain::display_name(group)) +
                                        ": keep that group, or remove them from the cycle first");
            }
        }
        if (auto saved = m_store.frameworks().save_framework(settings.framework.value(),
                                                             settings.framework_version, framework_text);
            !saved) {
            return saved;
        }
        return m_store.cycles().save_settings(cycle, settings);
    });
}

domain::Result<domain::CycleState> CycleAdministration::advance(domain::CycleId cycle, CycleStep step) {
    domain::CycleState reached = domain::CycleState::Draft;
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto loaded = m_store.cycles().load_cycle(cycle);
        if (!loaded) {
            return domain::fail(loaded.error());
        }
        domain::Result<void> moved;
        switch (step) {
        case CycleStep::Open:
            moved = loaded->open();
            break;
        case CycleStep::Close:
            moved = loaded->close();
            break;
        case CycleStep::Publish:
            moved = loaded->publish();
            break;
        }
        if (!moved) {
            return moved;
        }
        reached = loaded->state();
        return m_store.cycles().save_state(cycle, reached);
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return reached;
}

domain::Result<domain::CycleState>
CycleAdministration::change_closing_date(domain::CycleId cycle, domain::Date closes_on, domain::Date today) {
    domain::CycleState reached = domain::CycleState::Draft;
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto loaded = m_store.cycles().load_cycle(cycle);
        if (!loaded) {
            return domain::fail(loaded.error());
        }
        const auto before = loaded->state();
        if (auto changed = loaded->close_on(closes_on, today); !changed) {
            return changed;
        }
        if (auto saved = m_store.cycles().save_closing_date(cycle, closes_on); !saved) {
            return saved;
        }
        reached = loaded->state();
        return reached == before ? domain::Result<void>{} : m_store.cycles().save_state(cycle, reached);
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return reached;
}

domain::Result<void> CycleAdministration::remove_subject(domain::CycleId cycle, domain::PersonId subject) {
    return m_store.in_transaction([&]() -> domain::Result<void> {
        auto loaded = m_store.cycles().load_cycle(cycle);
        if (!loaded) {
            return domain::fail(loaded.error());
        }
        if (auto removed = loaded->remove_subject(subject); !removed) {
            return removed;
        }
        return m_store.cycles().remove_subject(cycle, subject);
    });
}

domain::Result<domain::Nomination> CycleAdministration::withdraw_rater(domain::CycleId cycle,
                                                                       domain::NominationId nomination) {
    domain::Nomination withdrawn{};
    auto done = m_store.in_transaction([&]() -> domain::Result<void> {
        auto loaded = m_store.cycles().load_cycle(cycle);
        if (!loaded) {
            return domain::fail(loaded.error());
        }
        auto taken = loaded->withdraw_rater(nomination);
        if (!taken) {
            return domain::fail(taken.error());
        }
        withdrawn = *taken;
        return m_store.cycles().delete_nomination(nomination);
    });
    if (!done) {
        return domain::fail(done.error());
    }
    return withdrawn;
}

} // namespace leadline::app
