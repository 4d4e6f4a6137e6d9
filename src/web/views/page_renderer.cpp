#include "web/views/page_renderer.hpp"

#include <stdexcept>

namespace leadline::web {

PageRenderer::PageRenderer(const std::filesystem::path& templates) {
    if (!std::filesystem::is_regular_file(templates / "layout.tpl")) {
        throw std::invalid_argument("no templates in " + templates.string() + "; pass --templates DIR");
    }
    ctemplate::mutable_default_template_cache()->SetTemplateRootDirectory(templates.string());
}

std::string PageRenderer::render(const std::string& template_file,
                                 const ctemplate::TemplateDictionary& data) const {
    std::string output;
    if (!ctemplate::ExpandTemplate(template_file, ctemplate::STRIP_BLANK_LINES, &data, &output)) {
        throw std::runtime_error("the template " + template_file + " could not be rendered");
    }
    return output;
}

Response PageRenderer::page(int status, const std::string& title, const std::string& content_template,
                            ctemplate::TemplateDictionary& content, const std::vector<PageError>& errors,
                            const Viewer* viewer) const {
    auto* summary = content.AddIncludeDictionary("ERROR_SUMMARY");
    summary->SetFilename("error_summary.tpl");
    if (!errors.empty()) {
        auto* list = summary->AddSectionDictionary("ERRORS");
        for (const auto& error : errors) {
            auto* item = list->AddSectionDictionary("ERROR");
            item->SetValue("FIELD_ID", error.field_id);
            item->SetValue("MESSAGE", error.message);
        }
    }
    ctemplate::TemplateDictionary layout("layout");
    layout.SetValue("TITLE", title);
    if (!errors.empty()) {
        layout.ShowSection("HAS_ERRORS");
    }
    if (viewer != nullptr) {
        auto* signed_in = layout.AddSectionDictionary("SIGNED_IN");
        signed_in->SetValue("EMAIL", viewer->email);
        signed_in->SetValue("ROLE", viewer->role_name);
        signed_in->SetValue("CSRF", viewer->csrf_token);
        for (const auto& [label, href] : viewer->links) {
            auto* link = signed_in->AddSectionDictionary("NAV_LINK");
            link->SetValue("LABEL", label);
            link->SetValue("HREF", href);
            if (href == viewer->current_href) {
                link->ShowSection("CURRENT");
            }
        }
    }
    layout.SetValue("CONTENT", render(content_template, content));
    return Response::html(status, render("layout.tpl", layout));
}

std::string PageRenderer::document(const std::string& title, const std::string& content_template,
                                   const ctemplate::TemplateDictionary& content,
                                   const std::string& stylesheet) const {
    ctemplate::TemplateDictionary document("document");
    document.SetValue("TITLE", title);
    // "</" cannot close the style element early: CSS never needs it, so none is let through.
    std::string css = stylesheet;
    for (auto at = css.find("</"); at != std::string::npos; at = css.find("</", at)) {
        css.replace(at, 2, "<\\/");
    }
    document.SetValue("STYLESHEET", css);
    document.SetValue("CONTENT", render(content_template, content));
    return render("document.tpl", document);
}

Response PageRenderer::message(int status, const std::string& heading,
                               const std::vector<std::string>& paragraphs, const Viewer* viewer) const {
    ctemplate::TemplateDictionary content("message");
    content.SetValue("HEADING", heading);
    for (const auto& paragraph : paragraphs) {
        content.AddSectionDictionary("PARAGRAPH")->SetValue("TEXT", paragraph);
    }
    return page(status, heading, "message.tpl", content, {}, viewer);
}

} // namespace leadline::web
