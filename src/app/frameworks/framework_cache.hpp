#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "app/ports/framework_repository.hpp"
#include "domain/framework/framework.hpp"

namespace leadline::app {

// The frameworks cycles use, parsed once from their stored text. A stored version never changes,
// so entries never go stale. Safe to share between threads.
class FrameworkCache {
  public:
    [[nodiscard]] domain::Result<std::shared_ptr<const domain::Framework>>
    get(FrameworkRepository& repository, const std::string& id, const std::string& version);

  private:
    std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const domain::Framework>> m_frameworks;
};

} // namespace leadline::app
