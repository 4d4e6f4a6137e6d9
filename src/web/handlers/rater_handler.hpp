#pragma once

#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <tuple>
#include <vector>

#include "app/feedback/questionnaire_cache.hpp"
#include "app/feedback/rater_journey.hpp"
#include "web/http/request.hpp"
#include "web/views/page_renderer.hpp"
#include "web/views/page_skeleton.hpp"

namespace leadline::web {

struct AttributePageText;

// The rater's journey at /r/{token}: introduction, one page per attribute, check answers, send,
// confirmation. Raters have no account: the private token in the link is their key.
class RaterHandler {
  public:
    // With a cache, questionnaires read or saved are kept in it, and from_memory answers from it.
    RaterHandler(const PageRenderer& pages, app::FrameworkCache& frameworks,
                 app::QuestionnaireCache* kept = nullptr)
        : m_pages(pages), m_frameworks(frameworks), m_kept(kept) {}

    // segments: the path after "/r/", starting with the token. Posts save through the writer.
    [[nodiscard]] Response handle(const Request& request, app::Store& store, app::GroupCommit* writer,
                                  const std::vector<std::string>& segments);
    // A page (a GET) answered from a questionnaire kept in memory, without the database; nothing when
    // the link's questionnaire is not kept.
    [[nodiscard]] std::optional<Response> from_memory(const Request& request,
                                                      const std::vector<std::string>& segments) const;

  private:
    // The pages a GET reaches, from a questionnaire however it was read.
    [[nodiscard]] Response show(const app::RaterQuestionnaire& questionnaire, const std::string& token,
                                const std::vector<std::string>& segments, const std::string& query) const;
    void keep(const std::string& token, const app::RaterQuestionnaire& questionnaire) const;
    [[nodiscard]] Response introduction(const app::RaterQuestionnaire& questionnaire,
                                        const std::string& token, bool just_saved) const;
    [[nodiscard]] Response attribute_page(const app::RaterQuestionnaire& questionnaire,
                                          const std::string& token, std::size_t attribute,
                                          const app::AttributeAnswers& shown,
                                          const std::vector<app::FieldProblem>& problems) const;
    // The attribute page in full through its template; every_choice_checked renders a skeleton.
    [[nodiscard]] Response render_attribute_page(const app::RaterQuestionnaire& questionnaire,
                                                 std::size_t attribute, const AttributePageText& text,
                                                 const app::AttributeAnswers& shown,
                                                 const std::vector<app::FieldProblem>& problems,
                                                 bool every_choice_checked) const;
    // The page's skeleton, made on first use per framework version, attribute and voice; nothing when
    // the page cannot be split.
    [[nodiscard]] std::shared_ptr<const PageSkeleton>
    attribute_skeleton(const app::RaterQuestionnaire& questionnaire, std::size_t attribute) const;
    [[nodiscard]] Response save_attribute(const Request& request, app::RaterJourney& journey,
                                          const app::RaterQuestionnaire& questionnaire,
                                          const std::string& token, std::size_t attribute) const;
    [[nodiscard]] Response check_page(const app::RaterQuestionnaire& questionnaire, const std::string& token,
                                      const std::vector<PageError>& errors) const;
    [[nodiscard]] Response done_page(const app::RaterQuestionnaire& questionnaire,
                                     const std::string& token) const;
    [[nodiscard]] Response not_found() const;
    [[nodiscard]] Response failure(const domain::Error& error) const;

    // (framework id, framework version, attribute, in the subject's own voice)
    using SkeletonKey = std::tuple<std::string, std::string, std::size_t, bool>;

    const PageRenderer& m_pages;
    app::FrameworkCache& m_frameworks;
    app::QuestionnaireCache* m_kept = nullptr;
    mutable std::shared_mutex m_skeletons_mutex;
    mutable std::map<SkeletonKey, std::shared_ptr<const PageSkeleton>> m_skeletons;
};

// The form token for a rater's pages: derived from their private token, so a page on another site
// cannot forge a post without knowing the link.
[[nodiscard]] std::string rater_form_token(std::string_view token);

} // namespace leadline::web
