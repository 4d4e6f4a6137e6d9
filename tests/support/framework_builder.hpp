#pragma once

#include <string>

#include "domain/framework/framework.hpp"

namespace leadline::testing {

// A small, valid framework for tests: two attributes of three behaviours each, scale 1 to 5.
inline domain::Framework small_framework() {
    domain::Framework framework;
    framework.id = domain::FrameworkId("test-framework");
    framework.name = "Test framework";
    framework.version = "1";
    framework.scale.points = {{1, "Rarely"}, {2, "Sometimes"}, {3, "Often"}, {4, "Usually"}, {5, "Always"}};
    for (const std::string attribute : {"listening", "courage"}) {
        domain::Attribute entry;
        entry.id = domain::AttributeId(attribute);
        entry.name = attribute;
        entry.summary = "About " + attribute;
        for (int i = 1; i <= 3; ++i) {
            entry.behaviours.push_back({domain::BehaviourId(attribute + "-" + std::to_string(i)),
                                        "This person does " + attribute, "I do " + attribute});
        }
        framework.attributes.push_back(std::move(entry));
    }
    return framework;
}

} // namespace leadline::testing
