#include "app/feedback/questionnaire_cache.hpp"

#include <algorithm>

namespace leadline::app {

namespace {

// Changes read from the feed at once; more wait for the next read.
constexpr std::size_t changes_per_read = 10000;

} // namespace

std::vector<std::string> scopes_of(const RaterQuestionnaire& questionnaire) {
    const auto& context = questionnaire.context;
    return {cycle_scope(context.cycle.value()), nomination_scope(context.nomination.value()),
            invitation_scope(context.invitation.value()), person_scope(context.subject.value()),
            organisation_scope()};
}

QuestionnaireCache::QuestionnaireCache(std::size_t capacity, std::size_t remembered_changes)
    : m_capacity(std::max<std::size_t>(capacity, 1)), m_remembered_changes(remembered_changes) {}

std::shared_ptr<const RaterQuestionnaire> QuestionnaireCache::find(const std::string& token_hash) const {
    std::lock_guard lock(m_mutex);
    const auto found = m_entries.find(token_hash);
    return found == m_entries.end() ? nullptr : found->second.questionnaire;
}

bool QuestionnaireCache::keep(const std::string& token_hash, const RaterQuestionnaire& questionnaire) {
    if (!questionnaire.changes_seen) {
        return false;
    }
    const auto read_at = *questionnaire.changes_seen;
    auto scopes = scopes_of(questionnaire);
    auto copy = std::make_shared<const RaterQuestionnaire>(questionnaire);
    std::lock_guard lock(m_mutex);
    const auto kept = m_entries.find(token_hash);
    if (kept != m_entries.end() && kept->second.read_at > read_at) {
        return false; // a later read is already kept
    }
    bool out_of_date = !m_position || read_at < m_oldest_known;
    for (const auto& scope : scopes) {
        const auto changed = m_last_change.find(scope);
        out_of_date = out_of_date || (changed != m_last_change.end() && changed->second > read_at);
    }
    if (kept != m_entries.end()) {
        // Older than this read, so at least as out of date: a page after a save must never show
        // what was there before it.
        erase_locked(token_hash);
    }
    if (out_of_date) {
        return false;
    }
    if (m_entries.size() >= m_capacity) {
        erase_locked(m_entries.begin()->first);
    }
    for (const auto& scope : scopes) {
        m_by_scope[scope].insert(token_hash);
    }
    m_entries.emplace(token_hash, Entry{std::move(copy), read_at, std::move(scopes)});
    return true;
}

domain::Result<void> QuestionnaireCache::catch_up(ChangeFeed& feed) {
    std::optional<std::uint64_t> from;
    {
        std::lock_guard lock(m_mutex);
        from = m_position;
    }
    if (!from) {
        auto latest = feed.latest();
        if (!latest) {
            return domain::fail(latest.error());
        }
        start_at(*latest);
        return {};
    }
    for (;;) {
        auto changes = feed.since(*from, changes_per_read);
        if (!changes) {
            return domain::fail(changes.error());
        }
        apply(*changes);
        if (changes->size() < changes_per_read) {
            return {};
        }
        from = changes->back().position;
    }
}

void QuestionnaireCache::start_at(std::uint64_t position) {
    std::lock_guard lock(m_mutex);
    if (!m_position) {
        m_position = position;
        m_oldest_known = position;
    }
}

void QuestionnaireCache::apply(const std::vector<Change>& changes) {
    std::lock_guard lock(m_mutex);
    if (!m_position) {
        return;
    }
    for (const auto& change : changes) {
        m_position = std::max(*m_position, change.position);
        auto& last = m_last_change[change.scope];
        last = std::max(last, change.position);
        const auto touched = m_by_scope.find(change.scope);
        if (touched == m_by_scope.end()) {
            continue;
        }
        std::vector<std::string> stale;
        for (const auto& token_hash : touched->second) {
            if (m_entries.at(token_hash).read_at < change.position) {
                stale.push_back(token_hash);
            }
        }
        for (const auto& token_hash : stale) {
            erase_locked(token_hash);
        }
    }
    if (m_last_change.size() > m_remembered_changes) {
        // Forget old changes; questionnaires read before now can no longer be checked, so are refused.
        m_last_change.clear();
        m_oldest_known = *m_position;
    }
}

std::size_t QuestionnaireCache::size() const {
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void QuestionnaireCache::erase_locked(const std::string& token_hash) {
    const auto found = m_entries.find(token_hash);
    if (found == m_entries.end()) {
        return;
    }
    for (const auto& scope : found->second.scopes) {
        const auto listed = m_by_scope.find(scope);
        if (listed != m_by_scope.end()) {
            listed->second.erase(token_hash);
            if (listed->second.empty()) {
                m_by_scope.erase(listed);
            }
        }
    }
    m_entries.erase(found);
}

} // namespace leadline::app
