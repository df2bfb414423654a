#include "catalogue_json.h"

#include <cmath>
#include <vector>

#include "catalogue.h"
#include "curve.h"
#include "format.h"
#include "properties.h"

namespace activation {
namespace {

class JsonWriter {
 public:
  std::string text;

  void string(const char* value) {
    comma();
    quoted(value);
  }

  // The shortest digits JSON.parse reads back as exactly the same double; null for ±∞ and NaN,
  // which JSON cannot represent.
  void number(double value) {
    comma();
    text += std::isfinite(value) ? shortestNumber(value) : "null";
  }

  void boolean(bool value) {
    comma();
    text += value ? "true" : "false";
  }

  void key(const char* name) {
    comma();
    quoted(name);
    text += ':';
    first = true;
  }

  void open(char bracket) {
    comma();
    text += bracket;
    first = true;
  }

  void close(char bracket) {
    text += bracket;
    first = false;
  }

  void field(const char* name, const char* value) {
    key(name);
    string(value);
  }

  void field(const char* name, double value) {
    key(name);
    number(value);
  }

  void field(const char* name, bool value) {
    key(name);
    boolean(value);
  }

  void strings(const Names& values) {
    open('[');
    for (const char* value : values) string(value);
    close(']');
  }

 private:
  bool first = true;

  // Separates a value or key from the previous sibling; the value after a key needs none.
  void comma() {
    if (!first) text += ',';
    first = false;
  }

  void quoted(const char* value) {
    text += '"';
    for (; *value; ++value) {
      const unsigned char c = static_cast<unsigned char>(*value);
      if (c == '"' || c == '\\') {
        text += '\\';
        text += static_cast<char>(c);
      } else if (c < 0x20) {
        const char* hex = "0123456789abcdef";
        text += "\\u00";
        text += hex[c >> 4];
        text += hex[c & 0xf];
      } else {
        text += static_cast<char>(c);
      }
    }
    text += '"';
  }
};

void writeNumericDetails(JsonWriter& json, const Parameter& parameter) {
  json.key("slider");
  json.open('{');
  json.field("min", parameter.sliderMin);
  json.field("max", parameter.sliderMax);
  json.field("step", parameter.sliderStep);
  json.close('}');
  json.key("domain");
  json.open('{');
  json.field("min", parameter.lowest);
  json.field("max", parameter.highest);
  json.field("nonZero", parameter.nonZero);
  json.close('}');
}

void writeParameter(JsonWriter& json, const Parameter& parameter) {
  json.open('{');
  json.field("name", parameter.name);
  json.key("default");
  if (parameter.choices.empty())
    json.number(parameter.defaultValue);
  else
    json.string(parameter.choices[static_cast<std::size_t>(parameter.defaultValue)]);
  json.key("aliases");
  json.strings(parameter.aliases);
  json.key("choices");
  json.strings(parameter.choices);
  if (parameter.choices.empty()) writeNumericDetails(json, parameter);
  json.close('}');
}

void writeInterval(JsonWriter& json, const Interval& interval) {
  json.open('{');
  json.field("min", interval.min);
  json.field("max", interval.max);
  json.field("minClosed", interval.minClosed);
  json.field("maxClosed", interval.maxClosed);
  json.close('}');
}

void writeProperties(JsonWriter& json, const Properties& properties) {
  json.open('{');
  json.key("range");
  json.open('[');
  for (const Interval& interval : properties.range) writeInterval(json, interval);
  json.close(']');
  json.key("monotonic");
  if (const char* name = monotonicityName(properties.monotonic))
    json.string(name);
  else
    json.boolean(false);
  json.field("continuous", properties.continuous);
  json.field("smooth", properties.smooth);
  json.field("zeroCentred", properties.zeroCentred);
  // The range is never empty: every function takes some value.
  json.key("bounded");
  json.open('{');
  json.field("below", std::isfinite(properties.range.front().min));
  json.field("above", std::isfinite(properties.range.back().max));
  json.close('}');
  json.close('}');
}

// [{"x", "valueJump", "derivativeJump"}] at the default parameters.
void writeKinks(JsonWriter& json, const Function& function, const double* params) {
  json.open('[');
  for (const Kink& kink : function.kinks(params)) {
    const KinkKind kind = classifyKink(function, kink, params);
    json.open('{');
    json.field("x", kink.x);
    json.field("valueJump", kind.valueJump);
    json.field("derivativeJump", kind.derivativeJump);
    json.close('}');
  }
  json.close(']');
}

void writeFunction(JsonWriter& json, const Function& function) {
  std::vector<double> defaults;
  for (const Parameter& parameter : function.parameters) defaults.push_back(parameter.defaultValue);
  json.open('{');
  json.field("id", function.id);
  json.field("name", function.name);
  json.key("parameters");
  json.open('[');
  for (const Parameter& parameter : function.parameters) writeParameter(json, parameter);
  json.close(']');
  json.key("kinks");
  writeKinks(json, function, defaults.data());
  json.key("properties");
  writeProperties(json, function.properties(defaults.data()));
  json.field("formula", function.formula);
  json.close('}');
}

}  // namespace

std::string propertiesJson(const Function& function, const double* params) {
  JsonWriter json;
  writeProperties(json, function.properties(params));
  return json.text;
}

std::string catalogueJson() {
  JsonWriter json;
  json.open('[');
  for (const Function& function : catalogue()) writeFunction(json, function);
  json.close(']');
  return json.text;
}

}  // namespace activation
