#include "app/text/csv_reader.hpp"

namespace leadline::app {

namespace {

// What a spreadsheet takes as the start of a formula when a cell begins with it (CSV injection).
constexpr std::string_view formula_starts = "=+-@\t\r";

// Whether text is written with a mark (') before it: it starts with a formula character, or with marks
// followed by one, so that csv_text, which takes one mark off such text, gives back what was written.
bool needs_mark(std::string_view text) {
    const auto first = text.find_first_not_of('\'');
    return first != std::string_view::npos && formula_starts.find(text[first]) != std::string_view::npos;
}

} // namespace

namespace {

enum class FieldState { Start, Unquoted, Quoted, QuoteInQuoted };

class CsvParser {
  public:
    explicit CsvParser(std::string_view text) : m_text(text) {}

    CsvDocument parse() {
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_position = 3;
        }
        if (!is_valid_utf8(m_text)) {
            m_document.problems.push_back({0, 0, "the file is not UTF-8 text; save it as \"CSV UTF-8\""});
            return std::move(m_document);
        }
        while (m_position < m_text.size()) {
            read_record();
        }
        return std::move(m_document);
    }

  private:
    void read_record() {
        CsvRecord record;
        record.line = m_line;
        std::string field;
        FieldState state = FieldState::Start;
        bool record_done = false;
        while (!record_done) {
            if (m_position >= m_text.size()) {
                if (state == FieldState::Quoted) {
                    m_document.problems.push_back({record.line, record.fields.size() + 1,
                                                   "a quoted field is never closed; add the closing \""});
                }
                record.fields.push_back(std::move(field));
                break;
            }
            const char c = m_text[m_position++];
            switch (state) {
            case FieldState::Start:
            case FieldState::Unquoted:
                if (c == '"' && state == FieldState::Start) {
                    state = FieldState::Quoted;
                } else if (c == '"') {
                    m_document.problems.push_back(
                        {m_line, record.fields.size() + 1,
                         "a quote inside an unquoted field; put the whole field in quotes "
                         "and double the quote (\"\")"});
                    field.push_back(c);
                } else if (!ends_field(c, record, field, state, record_done)) {
                    field.push_back(c);
                    state = FieldState::Unquoted;
                }
                break;
            case FieldState::Quoted:
                if (c == '"') {
                    state = FieldState::QuoteInQuoted;
                } else {
                    if (c == '\n') {
                        ++m_line;
                    }
                    field.push_back(c);
                }
                break;
            case FieldState::QuoteInQuoted:
                if (c == '"') {
                    field.push_back('"');
                    state = FieldState::Quoted;
                } else if (!ends_field(c, record, field, state, record_done)) {
                    m_document.problems.push_back(
                        {m_line, record.fields.size() + 1,
                         "text after a closing quote; a quote inside a quoted field "
                         "must be doubled (\"\")"});
                    field.push_back(c);
                    state = FieldState::Unquoted; // read on as plain text so one slip is one problem
                }
                break;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.front().empty();
        if (!blank) {
            m_document.records.push_back(std::move(record));
        }
    }

    // A comma ends the field, a line break ends the field and the record; returns whether c did either.
    bool ends_field(char c, CsvRecord& record, std::string& field, FieldState& state, bool& record_done) {
        if (c != ',' && c != '\r' && c != '\n') {
            return false;
        }
        record.fields.push_back(std::move(field));
        field.clear();
        state = FieldState::Start;
        if (c != ',') {
            end_line(c);
            record_done = true;
        }
        return true;
    }

    void end_line(char c) {
        if (c == '\r' && m_position < m_text.size() && m_text[m_position] == '\n') {
            ++m_position;
        }
        ++m_line;
    }

    std::string_view m_text;
    std::size_t m_position = 0;
    std::size_t m_line = 1;
    CsvDocument m_document;
};

} // namespace

CsvDocument read_csv(std::string_view text) {
    return CsvParser(text).parse();
}

std::string_view csv_text(std::string_view field) {
    if (!field.empty() && field.front() == '\'' && needs_mark(field.substr(1))) {
        field.remove_prefix(1);
    }
    return field;
}

std::string csv_field(std::string_view text) {
    // A leading byte-order mark is quoted too, or a reader would take it for the file's own.
    const bool starts_with_bom = text.substr(0, 3) == "\xEF\xBB\xBF";
    // Spreadsheets run a cell starting with one of these as a formula (CSV injection): a quote mark
    // before it makes the cell text, and Excel and LibreOffice do not show the mark.
    const bool formula = needs_mark(text);
    if (text.find_first_of(",\"\r\n") == std::string_view::npos && !starts_with_bom && !formula) {
        return std::string(text);
    }
    std::string quoted = formula ? "\"'" : "\"";
    for (const char c : text) {
        if (c == '"') {
            quoted += "\"\"";
        } else {
            quoted.push_back(c);
        }
    }
    quoted.push_back('"');
    return quoted;
}

bool is_valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1Fu;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0Fu;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07u;
        } else {
            return false;
        }
        if (i + extra >= text.size()) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (next & 0x3Fu);
        }
        const bool overlong =
            (extra == 1 && code < 0x80) || (extra == 2 && code < 0x800) || (extra == 3 && code < 0x10000);
        const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
        if (overlong || surrogate || code > 0x10FFFF) {
            return false;
        }
        i += extra + 1;
    }
    return true;
}

} // namespace leadline::app
