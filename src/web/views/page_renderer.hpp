#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <ctemplate/template.h>

#include "web/http/response.hpp"

namespace leadline::web {

// A problem with one field, shown in the error summary and beside the field.
struct PageError {
    std::string field_id;
    std::string message;
};

// The signed-in person a page is shown to: the header names them and offers their pages and sign out.
struct Viewer {
    std::string email;
    std::string role_name;
    std::string csrf_token;
    std::vector<std::pair<std::string, std::string>> links; // (label, href) for the navigation
    std::string current_href;                               // marks the link to the page shown
};

// Renders HTML pages from the templates folder. Templates escape every value by default
// ({{%AUTOESCAPE context="HTML"}}); only the layout inserts already-rendered content.
class PageRenderer {
  public:
    explicit PageRenderer(const std::filesystem::path& templates);

    // Renders a page's content template inside the layout.
    [[nodiscard]] Response page(int status, const std::string& title, const std::string& content_template,
                                ctemplate::TemplateDictionary& content,
                                const std::vector<PageError>& errors = {},
                                const Viewer* viewer = nullptr) const;
    // A page with a heading and a few paragraphs: not found, closed, problems.
    [[nodiscard]] Response message(int status, const std::string& heading,
                                   const std::vector<std::string>& paragraphs,
                                   const Viewer* viewer = nullptr) const;

    // A whole HTML document with no site header, links to assets or scripts: a file to keep or send.
    // `stylesheet` is CSS written into the document as it is (it comes from our own build).
    [[nodiscard]] std::string document(const std::string& title, const std::string& content_template,
                                       const ctemplate::TemplateDictionary& content,
                                       const std::string& stylesheet) const;

  private:
    [[nodiscard]] std::string render(const std::string& template_file,
                                     const ctemplate::TemplateDictionary& data) const;
};

} // namespace leadline::web
