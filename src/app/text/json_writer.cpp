#include "app/text/json_writer.hpp"

#include <cmath>
#include <cstdio>

namespace leadline::app {

std::string json_quoted(std::string_view text) {
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            quoted.push_back('\\');
            quoted.push_back(c);
        } else if (c == '\n') {
            quoted += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
            quoted += escaped;
        } else {
            quoted.push_back(c);
        }
    }
    return quoted + "\"";
}

void JsonWriter::before_value() {
    if (m_after_key) {
        m_after_key = false;
        return;
    }
    if (!m_has_item.empty()) {
        if (m_has_item.back()) {
            m_text.push_back(',');
        }
        m_has_item.back() = true;
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    m_text.push_back('{');
    m_has_item.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    m_text.push_back('}');
    m_has_item.pop_back();
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    m_text.push_back('[');
    m_has_item.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    m_text.push_back(']');
    m_has_item.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    before_value();
    m_text += json_quoted(name);
    m_text.push_back(':');
    m_after_key = true;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
    before_value();
    m_text += json_quoted(text);
    return *this;
}

JsonWriter& JsonWriter::number(double value, int decimals) {
    if (!std::isfinite(value)) {
        return null(); // JSON has no infinity or NaN
    }
    before_value();
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    m_text += text;
    return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t value) {
    before_value();
    m_text += std::to_string(value);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    before_value();
    m_text += value ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    m_text += "null";
    return *this;
}

} // namespace leadline::app
