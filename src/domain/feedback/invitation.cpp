#include "domain/feedback/invitation.hpp"

namespace leadline::domain {

Result<void> Invitation::attach_response(ResponseId response) {
    if (m_response) {
        return fail(ErrorCode::Conflict, "This link already has a response; open it to change your answers.");
    }
    m_response = response;
    return {};
}

} // namespace leadline::domain
