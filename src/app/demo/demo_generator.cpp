#include "app/demo/demo_generator.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "app/security/invitation_token.hpp"

namespace leadline::app {

using domain::RaterGroup;
using domain::Rng;

namespace {

constexpr std::size_t minimum_people = 60;

constexpr std::array<std::string_view, 3> departments{"Housing and Communities", "Adult Social Care",
                                                      "Environment and Transport"};
constexpr std::array<std::array<std::string_view, 3>, 3> directorates{{
    {"Housing Services", "Communities", "Homelessness"},
    {"Assessment", "Commissioning", "Safeguarding"},
    {"Highways", "Waste", "Planning"},
}};
constexpr std::array<std::string_view, 3> team_names{"North", "Central", "South"};
constexpr std::array<std::string_view, 32> first_names{
    "Aisha", "Ben",   "Chloe", "Daniel", "Ella",   "Femi",   "Grace", "Harry", "Imran", "Jess",  "Kiran",
    "Leah",  "Mo",    "Niamh", "Owen",   "Priya",  "Quinn",  "Rosa",  "Sam",   "Tom",   "Uma",   "Vikram",
    "Wendy", "Yusuf", "Zara",  "Alex",   "Bethan", "Callum", "Dami",  "Erin",  "Farah", "Gareth"};
constexpr std::array<std::string_view, 32> last_names{
    "Ahmed",  "Brown",   "Campbell", "Davies", "Evans",  "Fraser", "Green",  "Hughes",
    "Islam",  "Jones",   "Khan",     "Lewis",  "Morgan", "Nowak",  "Okafor", "Patel",
    "Quinn",  "Roberts", "Singh",    "Taylor", "Usman",  "Walsh",  "Young",  "Begum",
    "Clarke", "Edwards", "Hall",     "Kaur",   "Murphy", "Price",  "Reid",   "Ward"};
constexpr std::array<std::string_view, 8> professions{
    "Policy",          "Operational Delivery", "Digital",     "Finance",
    "Human Resources", "Project Delivery",     "Social Work", "Planning"};
constexpr std::array<std::string_view, 6> regions{"London",   "North West", "North East",
                                                  "Midlands", "South West", "Wales"};
constexpr std::array<std::string_view, 4> member_grades{"SEO", "HEO", "EO", "AO"};

constexpr std::array<std::string_view, 5> strength_comments{
    "Really strong at {}: the team notices and follows the example.",
    "{} is where they shine; I have seen it make a difference to residents.",
    "Consistently good at {}, even under pressure.",
    "I would point new managers to them as a model of {}.",
    "Their {} helped our partnership work through a difficult winter.",
};
constexpr std::array<std::string_view, 5> develop_comments{
    "More {} would help, especially when deadlines are tight.",
    "I would like to see more {} in meetings with partners.",
    "{} sometimes slips when they are stretched.",
    "Could build on {} by involving the front line earlier.",
    "A clearer approach to {} would help the team plan.",
};

std::string with_attribute(std::string_view pattern, const std::string& attribute_name) {
    std::string text(pattern);
    const auto place = text.find("{}");
    std::string name = attribute_name;
    if (place == 0 && !name.empty()) {
        name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    } else if (!name.empty()) {
        name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    }
    return text.replace(place, 2, name);
}

template <class Array> std::string pick(Rng& rng, const Array& options) {
    return std::string(options[static_cast<std::size_t>(rng.between(0, std::ssize(options) - 1))]);
}

class DemoBuilder {
  public:
    DemoBuilder(const DemoOptions& options, const domain::Framework& framework)
        : m_rng(options.seed), m_framework(framework), m_target(options.people) {
        m_data.seed = options.seed;
    }

    DemoData build() {
        build_organisation();
        build_cycle();
        choose_subjects();
        for (auto subject : m_data.subjects) {
            simulate_truth(subject);
            nominate(subject);
        }
        for (auto& nomination : m_data.nominations) {
            answer(nomination);
        }
        build_open_cycle();
        return std::move(m_data);
    }

  private:
    std::size_t add_person(std::vector<std::string> unit, std::string grade,
                           std::optional<std::size_t> manager) {
        DemoPerson person;
        const auto first = pick(m_rng, first_names);
        const auto last = pick(m_rng, last_names);
        person.name = first + " " + last;
        std::string local = first + "." + last;
        std::transform(local.begin(), local.end(), local.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const auto count = ++m_name_count[local];
        person.email = local + (count > 1 ? std::to_string(count) : "") + "@demo-council.example";
        person.unit_names = std::move(unit);
        person.grade = std::move(grade);
        person.profession = pick(m_rng, professions);
        person.region = pick(m_rng, regions);
        person.manager = manager;
        m_data.people.push_back(std::move(person));
        const auto index = m_data.people.size() - 1;
        if (manager) {
            m_reports[*manager].push_back(index);
        }
        return index;
    }

    void build_organisation() {
        std::vector<std::size_t> team_leaders;
        for (std::size_t d = 0; d < departments.size(); ++d) {
            const std::string department(departments[d]);
            const auto head = add_person({department}, "SCS2", std::nullopt);
            for (const auto directorate_name : directorates[d]) {
                const std::string directorate(directorate_name);
                const auto director = add_person({department, directorate}, "SCS1", head);
                for (const auto team : team_names) {
                    const auto grade = m_rng.chance(0.5) ? "Grade 6" : "Grade 7";
                    team_leaders.push_back(add_person(
                        {department, directorate, directorate + " " + std::string(team)}, grade, director));
                }
            }
        }
        while (m_data.people.size() < m_target) {
            const auto leader =
                team_leaders[static_cast<std::size_t>(m_rng.between(0, std::ssize(team_leaders) - 1))];
            add_person(m_data.people[leader].unit_names, pick(m_rng, member_grades), leader);
        }
    }

    void build_cycle() {
        m_data.cycle.name = "Leadership 360, autumn 2026";
        m_data.cycle.framework = m_framework.id;
        m_data.cycle.framework_version = m_framework.version;
        m_data.cycle.opens_on = domain::Date::parse("2026-09-01").value();
        m_data.cycle.closes_on = domain::Date::parse("2026-09-30").value();
        m_data.cycle.rater_groups = {RaterGroup::Self,    RaterGroup::LineManager,
                                     RaterGroup::Peer,    RaterGroup::DirectReport,
                                     RaterGroup::Partner, RaterGroup::ServiceUser};
        // The demo shows what managers see; the open cycle below keeps reports to their subjects.
        m_data.cycle.line_managers_see_reports = true;
    }

    // Team leaders in the first teams, rated by self, manager, team peers and up to three reports.
    void build_open_cycle() {
        auto& open = m_data.open_cycle;
        open.settings = m_data.cycle;
        open.settings.name = "Team leaders 360, winter 2026";
        open.settings.line_managers_see_reports = false;
        open.settings.opens_on = domain::Date::parse("2026-11-01").value();
        open.settings.closes_on = domain::Date::parse("2027-01-29").value();
        for (std::size_t i = 0; i < m_data.people.size() && open.subjects.size() < 12; ++i) {
            if (m_data.people[i].unit_names.size() == 3 && m_reports.count(i) != 0) {
                open.subjects.push_back(i);
            }
        }
        for (auto subject : open.subjects) {
            const auto& person = m_data.people[subject];
            std::vector<std::pair<RaterGroup, std::size_t>> raters{
                {RaterGroup::Self, subject}, {RaterGroup::LineManager, *person.manager}};
            for (auto peer : m_reports[*person.manager]) {
                if (peer != subject && raters.size() < 5) {
                    raters.emplace_back(RaterGroup::Peer, peer);
                }
            }
            auto reports = m_reports[subject];
            reports.resize(std::min<std::size_t>(reports.size(), 3));
            for (auto report : reports) {
                raters.emplace_back(RaterGroup::DirectReport, report);
            }
            for (const auto& [group, rater] : raters) {
                DemoNomination nomination;
                nomination.subject = subject;
                nomination.group = group;
                nomination.colleague = rater;
                nomination.rater_email = m_data.people[rater].email;
                nomination.token = demo_invitation_token(m_rng);
                if (group != RaterGroup::Self && m_rng.chance(0.3)) {
                    nomination.answers = partial_answers();
                }
                open.nominations.push_back(std::move(nomination));
            }
        }
    }

    // A draft with the first two attributes answered, as if the rater stopped halfway.
    DemoAnswers partial_answers() {
        DemoAnswers answers;
        answers.state = domain::ResponseState::Draft;
        for (std::size_t a = 0; a < std::min<std::size_t>(2, m_framework.attributes.size()); ++a) {
            for (const auto& behaviour : m_framework.attributes[a].behaviours) {
                answers.ratings.emplace(behaviour.id, domain::Rating::of(to_scale(m_rng.normal(3.5, 0.8))));
            }
        }
        return answers;
    }

    void choose_subjects() {
        for (std::size_t i = 0; i < m_data.people.size(); ++i) {
            const bool manages = m_reports.count(i) != 0;
            if (manages || m_rng.chance(0.3)) {
                m_data.subjects.push_back(i);
            }
        }
    }

    void simulate_truth(std::size_t subject) {
        DemoSubjectTruth truth;
        truth.person = subject;
        const double roll = m_rng.uniform();
        if (roll < 0.3) {
            truth.self_view = SelfView::OverEstimates;
            truth.self_bias = 0.5 + 0.2 * m_rng.uniform();
        } else if (roll < 0.5) {
            truth.self_view = SelfView::UnderEstimates;
            truth.self_bias = -0.5 - 0.2 * m_rng.uniform();
        } else {
            truth.self_bias = m_rng.normal(0.0, 0.08);
        }
        const double overall = m_rng.normal(3.4, 0.4);
        for (const auto& attribute : m_framework.attributes) {
            truth.true_level[attribute.id] = std::clamp(overall + m_rng.normal(0.0, 0.4), 1.6, 4.5);
        }
        // Blind spots come with over-confidence, hidden strengths with modesty: plant them there.
        const auto& attributes = m_framework.attributes;
        const auto planted =
            attributes[static_cast<std::size_t>(m_rng.between(0, std::ssize(attributes) - 1))].id;
        if (truth.self_view != SelfView::UnderEstimates && m_rng.chance(0.2)) {
            truth.blind_spots.push_back(planted);
            truth.true_level[planted] = 2.2 + 0.3 * m_rng.uniform();
        } else if (truth.self_view != SelfView::OverEstimates && m_rng.chance(0.2)) {
            truth.hidden_strengths.push_back(planted);
            truth.true_level[planted] = 4.1 + 0.3 * m_rng.uniform();
        }
        m_truth_of[subject] = m_data.truth.size();
        m_data.truth.push_back(std::move(truth));
    }

    void add_nomination(std::size_t subject, RaterGroup group, std::optional<std::size_t> colleague,
                        std::string email) {
        DemoNomination nomination;
        nomination.subject = subject;
        nomination.group = group;
        nomination.colleague = colleague;
        nomination.rater_email = colleague ? m_data.people[*colleague].email : std::move(email);
        nomination.token = demo_invitation_token(m_rng);
        m_data.nominations.push_back(std::move(nomination));
    }

    void nominate(std::size_t subject) {
        const auto& person = m_data.people[subject];
        add_nomination(subject, RaterGroup::Self, subject, {});
        std::set<std::size_t> chosen{subject};
        if (person.manager) {
            add_nomination(subject, RaterGroup::LineManager, person.manager, {});
            chosen.insert(*person.manager);
        }
        std::vector<std::size_t> peers;
        if (person.manager) {
            for (auto sibling : m_reports[*person.manager]) {
                if (sibling != subject) {
                    peers.push_back(sibling);
                }
            }
        }
        m_rng.shuffle(peers);
        peers.resize(std::min<std::size_t>(peers.size(), 5));
        for (int attempt = 0; peers.size() < 4 && attempt < 1000; ++attempt) {
            const auto other = static_cast<std::size_t>(m_rng.between(0, std::ssize(m_data.people) - 1));
            const bool same_department = m_data.people[other].unit_names.front() == person.unit_names.front();
            if (same_department && chosen.count(other) == 0 &&
                std::find(peers.begin(), peers.end(), other) == peers.end() && !manages(subject, other)) {
                peers.push_back(other);
            }
        }
        for (auto peer : peers) {
            add_nomination(subject, RaterGroup::Peer, peer, {});
            chosen.insert(peer);
        }
        auto reports = m_reports.count(subject) != 0 ? m_reports[subject] : std::vector<std::size_t>{};
        m_rng.shuffle(reports);
        reports.resize(std::min<std::size_t>(reports.size(), 6));
        for (auto report : reports) {
            add_nomination(subject, RaterGroup::DirectReport, report, {});
        }
        const auto partners = m_rng.between(0, reports.empty() ? 1 : 3);
        for (std::int64_t i = 0; i < partners; ++i) {
            add_nomination(subject, RaterGroup::Partner, std::nullopt,
                           "partner" + std::to_string(++m_outside_count) + "@partner-trust.example");
        }
        if (reports.empty() && m_rng.chance(0.4)) {
            const auto users = m_rng.between(2, 4);
            for (std::int64_t i = 0; i < users; ++i) {
                add_nomination(subject, RaterGroup::ServiceUser, std::nullopt,
                               "resident" + std::to_string(++m_outside_count) + "@residents.example");
            }
        }
    }

    bool manages(std::size_t manager, std::size_t person) const {
        return m_data.people[person].manager && *m_data.people[person].manager == manager;
    }

    static double group_leniency(RaterGroup group) {
        switch (group) {
        case RaterGroup::LineManager:
            return -0.15;
        case RaterGroup::DirectReport:
            return 0.15;
        case RaterGroup::Partner:
            return 0.1;
        case RaterGroup::ServiceUser:
            return 0.2;
        default:
            return 0.0;
        }
    }

    int to_scale(double level) const {
        const auto low = m_framework.scale.lowest();
        const auto high = m_framework.scale.highest();
        return std::clamp(static_cast<int>(std::lround(level)), low, high);
    }

    void answer(DemoNomination& nomination) {
        const bool self = nomination.group == RaterGroup::Self;
        const bool outside =
            nomination.group == RaterGroup::Partner || nomination.group == RaterGroup::ServiceUser;
        if (!m_rng.chance(self ? 0.97 : 0.86)) {
            return;
        }
        const auto& truth = m_data.truth[m_truth_of.at(nomination.subject)];
        DemoAnswers answers;
        answers.state = m_rng.chance(0.04) ? domain::ResponseState::Draft : domain::ResponseState::Submitted;
        const double rater_leniency = self ? 0.0 : m_rng.normal(0.0, 0.25);
        for (const auto& attribute : m_framework.attributes) {
            double level = truth.true_level.at(attribute.id);
            if (self) {
                level += truth.self_bias;
                if (std::find(truth.blind_spots.begin(), truth.blind_spots.end(), attribute.id) !=
                    truth.blind_spots.end()) {
                    level += 1.6;
                }
                if (std::find(truth.hidden_strengths.begin(), truth.hidden_strengths.end(), attribute.id) !=
                    truth.hidden_strengths.end()) {
                    level -= 1.6;
                }
            } else {
                level += group_leniency(nomination.group) + rater_leniency;
            }
            for (const auto& behaviour : attribute.behaviours) {
                if (!self && m_rng.chance(outside ? 0.15 : 0.05)) {
                    answers.ratings.emplace(behaviour.id, domain::Rating::not_observed());
                    continue;
                }
                const double noisy = level + m_rng.normal(0.0, self ? 0.4 : 0.55);
                answers.ratings.emplace(behaviour.id, domain::Rating::of(to_scale(noisy)));
            }
            if (!self && m_rng.chance(0.12)) {
                answers.comments.emplace(
                    domain::Response::CommentKey{attribute.id, domain::CommentKind::Strength},
                    with_attribute(pick(m_rng, strength_comments), attribute.name));
            }
            if (!self && m_rng.chance(0.1)) {
                answers.comments.emplace(
                    domain::Response::CommentKey{attribute.id, domain::CommentKind::ToDevelop},
                    with_attribute(pick(m_rng, develop_comments), attribute.name));
            }
        }
        nomination.answers = std::move(answers);
    }

    Rng m_rng;
    const domain::Framework& m_framework;
    std::size_t m_target;
    DemoData m_data;
    std::map<std::string, int> m_name_count;
    std::map<std::size_t, std::vector<std::size_t>> m_reports;
    std::map<std::size_t, std::size_t> m_truth_of;
    std::size_t m_outside_count = 0;
};

} // namespace

std::string_view to_string(SelfView view) {
    switch (view) {
    case SelfView::OverEstimates:
        return "over-estimator";
    case SelfView::UnderEstimates:
        return "under-estimator";
    case SelfView::Accurate:
        return "in-agreement";
    }
    return "in-agreement";
}

domain::Result<DemoData> generate_demo(const DemoOptions& options, const domain::Framework& framework) {
    if (options.people < minimum_people) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "A demo organisation needs at least " + std::to_string(minimum_people) +
                                " people (it has 39 managers); ask for more with --people.");
    }
    if (options.people > 200000) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "A demo organisation can have up to 200000 people.");
    }
    if (framework.attributes.empty() || framework.scale.points.empty()) {
        return domain::fail(domain::ErrorCode::InvalidInput,
                            "The demo needs a framework with attributes and a scale.");
    }
    return DemoBuilder(options, framework).build();
}

} // namespace leadline::app
