#include "storage/soci_store_factory.hpp"

#include "storage/soci_store.hpp"

namespace leadline::storage {

domain::Result<std::unique_ptr<app::Store>> SociStoreFactory::open(const std::string& database,
                                                                   app::SchemaUpgrade upgrade) {
    auto store = SociStore::open(database, upgrade);
    if (!store) {
        return domain::fail(store.error());
    }
    return std::unique_ptr<app::Store>(std::move(*store));
}

} // namespace leadline::storage
