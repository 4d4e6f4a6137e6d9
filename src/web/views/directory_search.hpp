#pragma once

#include <optional>
#include <string>

#include <ctemplate/template.h>

#include "app/ports/store.hpp"

namespace leadline::web {

// Fills a form's directory search: the text searched, and when there is some, up to ten people found,
// each with a link back to `page` that puts their email into the field `field_id`. `leave_out` is not
// listed (a participant does not ask themselves).
[[nodiscard]] domain::Result<void>
show_directory_search(ctemplate::TemplateDictionary& form, app::Store& store, const std::string& search,
                      const std::string& page, const std::string& field_id,
                      std::optional<domain::PersonId> leave_out = std::nullopt);

} // namespace leadline::web
