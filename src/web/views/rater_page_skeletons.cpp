#include "web/views/rater_page_skeletons.hpp"

#include <mutex>

namespace leadline::web {

namespace {

// The slots of an attribute page's skeleton, in the order of AttributePageText.
enum AttributeSlot : std::size_t {
    TokenSlot,
    FormTokenSlot,
    SubjectSlot,
    StrengthSlot,
    ToDevelopSlot,
    Slots
};

} // namespace

std::optional<std::string> RaterPageSkeletons::page(const PageRenderer& pages,
                                                    const app::RaterQuestionnaire& q, std::size_t attribute,
                                                    const AttributePageText& text,
                                                    const app::AttributeAnswers& shown) {
    const auto found = skeleton(pages, q, attribute);
    if (!found) {
        return std::nullopt;
    }
    // One choice per scale point and, for raters, one for "not observed", behaviour by behaviour, in page
    // order.
    const auto& framework = *q.framework;
    std::vector<bool> chosen;
    for (const auto& behaviour : framework.attributes[attribute].behaviours) {
        const auto answer = shown.ratings.find(behaviour.id);
        const bool answered = answer != shown.ratings.end();
        for (const auto& point : framework.scale.points) {
            chosen.push_back(answered && answer->second == domain::Rating::of(point.value));
        }
        if (!q.is_self()) {
            chosen.push_back(answered && !answer->second.observed());
        }
    }
    if (chosen.size() != found->choices()) {
        return std::nullopt;
    }
    return found->fill({text.token, text.form_token, text.subject_name, text.strength, text.to_develop},
                       chosen);
}

std::shared_ptr<const PageSkeleton> RaterPageSkeletons::skeleton(const PageRenderer& pages,
                                                                 const app::RaterQuestionnaire& q,
                                                                 std::size_t attribute) {
    const Key key{q.context.framework_id, q.context.framework_version, attribute, q.is_self()};
    {
        std::shared_lock lock(m_mutex);
        const auto found = m_skeletons.find(key);
        if (found != m_skeletons.end()) {
            return found->second;
        }
    }
    const AttributePageText markers{
        PageSkeleton::slot_marker(TokenSlot), PageSkeleton::slot_marker(FormTokenSlot),
        PageSkeleton::slot_marker(SubjectSlot), PageSkeleton::slot_marker(StrengthSlot),
        PageSkeleton::slot_marker(ToDevelopSlot)};
    ctemplate::TemplateDictionary dictionary("rater_attribute");
    const auto errors = fill_rater_attribute(dictionary, q, attribute, markers, {}, {}, true);
    const auto rendered =
        pages.page(200, q.framework->attributes[attribute].name, "rater_attribute.tpl", dictionary, errors);
    std::shared_ptr<const PageSkeleton> made;
    if (auto split = PageSkeleton::split(rendered.body, Slots)) {
        made = std::make_shared<const PageSkeleton>(std::move(*split));
    }
    // A page that cannot be split is kept as nothing, and rendered in full each time instead.
    std::unique_lock lock(m_mutex);
    return m_skeletons.try_emplace(key, made).first->second;
}

} // namespace leadline::web
