#include "web/handlers/pulse_rater_pages.hpp"

#include <charconv>

#include "app/development/pulses.hpp"
#include "web/handlers/error_answers.hpp"
#include "web/http/form_tokens.hpp"
#include "web/views/pulse_view.hpp"

namespace leadline::web {

namespace {

app::Pulses pulses_of(const Exchange& exchange) {
    return app::Pulses(exchange.store(), exchange.site.published, exchange.site.clock);
}

Response pulse_form(const Exchange& exchange, const app::PulseLinkView& view, const TypedPulse& typed,
                    const std::vector<PageError>& errors, const std::string& done) {
    ctemplate::TemplateDictionary page("pulse");
    const auto& token = exchange.parameters.token();
    fill_pulse(page, view, typed, errors, token, rater_form_token(token), done);
    return exchange.pages().page(errors.empty() ? 200 : 400, "Has " + view.subject_name + " changed?",
                                 "pulse.tpl", page, errors);
}

std::optional<int> change_of(const std::string& value) {
    int change = 0;
    const auto* end = value.data() + value.size();
    const auto [at, error] = std::from_chars(value.data(), end, change);
    if (error != std::errc() || at != end || change < domain::least_change || change > domain::most_change) {
        return std::nullopt;
    }
    return change;
}

} // namespace

Response pulse_page(const Exchange& exchange) {
    auto view = pulses_of(exchange).by_link(exchange.parameters.token());
    if (!view) {
        return error_answer(exchange, view.error());
    }
    if (!*view) {
        return not_found_page(exchange.pages());
    }
    return pulse_form(exchange, **view, typed_pulse(**view), {}, exchange.query("done"));
}

Response answer_pulse(const Exchange& exchange) {
    auto pulses = pulses_of(exchange);
    auto view = pulses.by_link(exchange.parameters.token());
    if (!view) {
        return error_answer(exchange, view.error());
    }
    if (!*view) {
        return not_found_page(exchange.pages());
    }
    TypedPulse typed;
    typed.feedforward = exchange.field("feedforward");
    domain::PulseAnswer answer;
    answer.feedforward = typed.feedforward;
    std::vector<PageError> errors;
    for (std::size_t i = 0; i < (*view)->items.size(); ++i) {
        const auto& attribute = (*view)->items[i].attribute;
        const auto field = pulse_field(attribute);
        const auto value = exchange.field(field);
        typed.changes[attribute.value()] = value;
        if (value.empty()) {
            errors.push_back({field, "Choose how " + (*view)->subject_name + " has changed in " +
                                         (*view)->item_names[i] +
                                         ", or that you have not seen enough to say"});
        } else if (value != "unseen") {
            const auto change = change_of(value);
            if (!change) {
                return unexpected_field(exchange, field);
            }
            answer.ratings.push_back({attribute, *change});
        }
    }
    if (answer.feedforward.size() > domain::longest_feedforward) {
        errors.push_back(
            {"feedforward", "Your suggestion must be " + std::to_string(domain::longest_feedforward) +
                                " characters or fewer; it has " + std::to_string(answer.feedforward.size())});
    }
    if (!errors.empty()) {
        return pulse_form(exchange, **view, typed, errors, "");
    }
    auto problems = pulses.answer(**view, answer);
    if (!problems) {
        return error_answer(exchange, problems.error());
    }
    if (!problems->empty()) {
        return pulse_form(exchange, **view, typed,
                          {{pulse_field((*view)->items.front().attribute), problems->front()}}, "");
    }
    return Response::redirect("/p/" + exchange.parameters.token() + "?done=sent");
}

} // namespace leadline::web
