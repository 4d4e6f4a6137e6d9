#pragma once

#include <string>
#include <vector>

#include "app/feedback/rater_journey.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"

namespace leadline::web {

// The rater's journey at /r/{token}: introduction, one page per attribute, check answers, send,
// confirmation. Raters have no account: the private token in the link is their key.
class RaterHandler {
  public:
    RaterHandler(const PageRenderer& pages, app::FrameworkCache& frameworks)
        : m_pages(pages), m_frameworks(frameworks) {}

    // segments: the path after "/r/", starting with the token.
    [[nodiscard]] Response handle(const Request& request, app::Store& store,
                                  const std::vector<std::string>& segments);

  private:
    [[nodiscard]] Response introduction(const app::RaterQuestionnaire& questionnaire,
                                        const std::string& token, bool just_saved) const;
    [[nodiscard]] Response attribute_page(const app::RaterQuestionnaire& questionnaire,
                                          const std::string& token, std::size_t attribute,
                                          const app::AttributeAnswers& shown,
                                          const std::vector<app::FieldProblem>& problems) const;
    [[nodiscard]] Response save_attribute(const Request& request, app::RaterJourney& journey,
                                          const app::RaterQuestionnaire& questionnaire,
                                          const std::string& token, std::size_t attribute) const;
    [[nodiscard]] Response check_page(const app::RaterQuestionnaire& questionnaire, const std::string& token,
                                      const std::vector<PageError>& errors) const;
    [[nodiscard]] Response done_page(const app::RaterQuestionnaire& questionnaire,
                                     const std::string& token) const;
    [[nodiscard]] Response not_found() const;
    [[nodiscard]] Response failure(const domain::Error& error) const;

    const PageRenderer& m_pages;
    app::FrameworkCache& m_frameworks;
};

// The form token for a rater's pages: derived from their private token, so a page on another site
// cannot forge a post without knowing the link.
[[nodiscard]] std::string rater_form_token(std::string_view token);

} // namespace leadline::web
