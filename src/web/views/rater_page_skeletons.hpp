#pragma once

#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <tuple>

#include "app/feedback/rater_journey.hpp"
#include "web/views/page_renderer.hpp"
#include "web/views/page_skeleton.hpp"
#include "web/views/rater_attribute_view.hpp"

namespace leadline::web {

// The rater's attribute page is the busiest page of all. Each is rendered through its template once
// per framework version, attribute and voice, with markers for what differs between raters and every
// radio button checked; later views fill that skeleton in (see PageSkeleton) instead of rendering the
// template again. tests/web/page_skeleton_test.cpp and the rater page tests pin that a filled skeleton
// equals the page rendered in full.
class RaterPageSkeletons {
  public:
    // The page for answers without problems, filled into its skeleton; nothing when the page cannot be
    // split into one (it is then rendered in full).
    [[nodiscard]] std::optional<std::string> page(const PageRenderer& pages,
                                                  const app::RaterQuestionnaire& questionnaire,
                                                  std::size_t attribute, const AttributePageText& text,
                                                  const app::AttributeAnswers& shown);

  private:
    [[nodiscard]] std::shared_ptr<const PageSkeleton>
    skeleton(const PageRenderer& pages, const app::RaterQuestionnaire& questionnaire, std::size_t attribute);

    // (framework id, framework version, attribute, in the subject's own voice)
    using Key = std::tuple<std::string, std::string, std::size_t, bool>;
    std::shared_mutex m_mutex;
    std::map<Key, std::shared_ptr<const PageSkeleton>> m_skeletons;
};

} // namespace leadline::web
