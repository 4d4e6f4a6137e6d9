#pragma once

#include <cstddef>
#include <vector>

#include <ctemplate/template.h>

#include "app/ports/audit_repository.hpp"

namespace leadline::web {

// How many entries a page of the audit log shows.
inline constexpr int audit_page_size = 100;

// Fills admin_audit.tpl: one page of the log, newest first, and links to newer and older pages.
void fill_audit(ctemplate::TemplateDictionary& page, const std::vector<app::AuditEntry>& entries, int total,
                int page_number);

} // namespace leadline::web
