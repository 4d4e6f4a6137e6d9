#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leadline::app {

// Writes JSON text as it goes, with commas and escaping handled. Numbers are written with a fixed
// number of decimals, as people read them (Boost.JSON 1.81 would write 0.5 as 5E-1).
class JsonWriter {
  public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& string(std::string_view text);
    JsonWriter& number(double value, int decimals = 4);
    JsonWriter& integer(std::int64_t value);
    JsonWriter& boolean(bool value);
    JsonWriter& null();

    [[nodiscard]] const std::string& text() const { return m_text; }

  private:
    void before_value();

    std::string m_text;
    // Per open object or array: whether it has an item yet, so the next one needs a comma.
    std::vector<bool> m_has_item;
    bool m_after_key = false;
};

// A JSON string literal, quotes included.
[[nodiscard]] std::string json_quoted(std::string_view text);

} // namespace leadline::app
