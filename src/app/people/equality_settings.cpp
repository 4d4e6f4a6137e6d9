#include "app/people/equality_settings.hpp"

namespace leadline::app {

domain::Result<domain::EqualityCategories> equality_categories_in_use(Store& store) {
    auto saved = store.equality().equality_categories();
    if (!saved) {
        return domain::fail(saved.error());
    }
    return saved->has_value() ? std::move(**saved) : domain::default_equality_categories();
}

} // namespace leadline::app
