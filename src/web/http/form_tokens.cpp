#include "web/http/form_tokens.hpp"

#include "app/security/invitation_token.hpp"

namespace leadline::web {

std::string rater_form_token(std::string_view token) {
    return app::hash_token(std::string("form|") + std::string(token)).substr(0, 32);
}

std::string link_form_token(std::string_view link) {
    return app::hash_token(std::string("sign-in-form|") + std::string(link)).substr(0, 32);
}

} // namespace leadline::web
