#include "app/frameworks/framework_cache.hpp"

#include "app/frameworks/framework_parser.hpp"

namespace leadline::app {

domain::Result<std::shared_ptr<const domain::Framework>>
FrameworkCache::get(FrameworkRepository& repository, const std::string& id, const std::string& version) {
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_frameworks.find({id, version});
        if (found != m_frameworks.end()) {
            return found->second;
        }
    }
    auto text = repository.framework_text(id, version);
    if (!text) {
        return domain::fail(text.error());
    }
    if (!*text) {
        return domain::fail(domain::ErrorCode::Internal, "The framework " + id + " version " + version +
                                                             " used by a cycle is not stored.");
    }
    auto parsed = parse_framework(**text, id + " " + version);
    if (!parsed.framework) {
        return domain::fail(domain::ErrorCode::Internal,
                            "The stored framework " + id + " version " + version +
                                " cannot be read: " + parsed.problems.front().describe());
    }
    auto framework = std::make_shared<const domain::Framework>(std::move(*parsed.framework));
    std::lock_guard lock(m_mutex);
    return m_frameworks.try_emplace({id, version}, framework).first->second;
}

} // namespace leadline::app
