// Every catalogue function against the correctly rounded reference vectors of tests/reference
// (generated independently with mpmath): value and derivative within 4 ULP at every x, through the
// array path the module uses. (Float32 arrays are rounded by JavaScript:
// tests/core/float32.test.js.)
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue.h"

namespace activation {
namespace {

constexpr std::uint64_t kMaxUlp = 4;
constexpr std::size_t kOffendersShown = 12;

struct Sample {
  double x, value, derivative;
};

struct ParameterSet {
  std::string field;  // as written in the file, to name the set in messages
  std::vector<double> params;
  std::vector<Sample> samples;
};

std::filesystem::path vectorDirectory() { return std::filesystem::path(REFERENCE_DIR) / "vectors"; }

std::filesystem::path vectorFile(const std::string& id) {
  return vectorDirectory() / (id + ".txt");
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream stream(text);
  while (std::getline(stream, field, separator)) fields.push_back(field);
  if (!text.empty() && text.back() == separator) fields.push_back("");
  return fields;
}

// std::strtod reads hex floats, "inf", "-inf" and "nan".
double parseNumber(const std::string& text) {
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') throw std::runtime_error("not a number: '" + text + "'");
  return value;
}

std::vector<ParameterSet> readVectors(const std::filesystem::path& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot read " + path.string());
  std::vector<ParameterSet> sets;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields = split(line, '\t');
    if (fields.size() != 4) throw std::runtime_error(path.string() + ": bad line '" + line + "'");
    if (sets.empty() || sets.back().field != fields[0]) {
      ParameterSet set{fields[0], {}, {}};
      if (!fields[0].empty())
        for (const std::string& p : split(fields[0], ',')) set.params.push_back(parseNumber(p));
      sets.push_back(set);
    }
    sets.back().samples.push_back(
        {parseNumber(fields[1]), parseNumber(fields[2]), parseNumber(fields[3])});
  }
  return sets;
}

// Distance in representable doubles; +0 and -0 are the same point. NaN matches only NaN.
std::int64_t orderedBits(double value) {
  std::int64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
}

std::uint64_t ulpDistance(double a, double b) {
  if (std::isnan(a) || std::isnan(b))
    return std::isnan(a) && std::isnan(b) ? 0 : std::numeric_limits<std::uint64_t>::max();
  std::uint64_t ia = static_cast<std::uint64_t>(orderedBits(a));
  std::uint64_t ib = static_cast<std::uint64_t>(orderedBits(b));
  return orderedBits(a) > orderedBits(b) ? ia - ib : ib - ia;
}

std::string describe(double value) {
  char text[64];
  std::snprintf(text, sizeof text, "%.17g (%a)", value, value);
  return text;
}

std::string describeUlp(std::uint64_t ulp) {
  return ulp == std::numeric_limits<std::uint64_t>::max() ? "NaN mismatch"
                                                          : std::to_string(ulp) + " ulp";
}

// The worst point and the offenders of one comparison (function and kind).
class Tally {
 public:
  explicit Tally(std::string label) : label_(std::move(label)) {}

  void add(const ParameterSet& set, double x, double got, double expected) {
    std::uint64_t ulp = ulpDistance(got, expected);
    std::ostringstream point;
    point << label_ << "(x = " << describe(x) << ", params = {" << set.field
          << "}) = " << describe(got) << ", reference " << describe(expected) << ": "
          << describeUlp(ulp);
    if (ulp > worstUlp_ || worst_.empty()) {
      worstUlp_ = ulp;
      worst_ = point.str();
    }
    if (ulp > kMaxUlp) {
      ++offenderCount_;
      if (offenders_.size() < kOffendersShown) offenders_.push_back(point.str());
    }
  }

  bool passed() const { return offenderCount_ == 0; }
  const std::string& worst() const { return worst_; }

  std::string offenders() const {
    std::ostringstream text;
    text << label_ << ": " << offenderCount_ << " points beyond " << kMaxUlp << " ulp:\n";
    for (const std::string& offender : offenders_) text << "  " << offender << "\n";
    if (offenderCount_ > offenders_.size()) text << "  ...\n";
    return text.str();
  }

 private:
  std::string label_;
  std::uint64_t worstUlp_ = 0;
  std::string worst_;
  std::size_t offenderCount_ = 0;
  std::vector<std::string> offenders_;
};

void compareBulk(const Bulk& path, const ParameterSet& set, double Sample::*expected,
                 Tally& tally) {
  std::vector<double> x, y(set.samples.size());
  for (const Sample& sample : set.samples) x.push_back(sample.x);
  path(x.data(), y.data(), x.size(), set.params.data());
  for (std::size_t i = 0; i < x.size(); ++i) tally.add(set, x[i], y[i], set.samples[i].*expected);
}

struct Report {
  Tally value, derivative;
  std::vector<const Tally*> all() const { return {&value, &derivative}; }
};

Report compareWithReference(const Function& function, const std::vector<ParameterSet>& sets) {
  Report report{Tally(function.id), Tally(std::string(function.id) + "'")};
  for (const ParameterSet& set : sets) {
    compareBulk(function.value, set, &Sample::value, report.value);
    compareBulk(function.derivative, set, &Sample::derivative, report.derivative);
  }
  return report;
}

std::vector<std::string> catalogueIds() {
  std::vector<std::string> ids;
  for (const Function& function : catalogue()) ids.push_back(function.id);
  return ids;
}

TEST(ReferenceVectors, ExistForEveryCatalogueFunctionWithValidParameters) {
  for (const Function& function : catalogue()) {
    std::filesystem::path path = vectorFile(function.id);
    ASSERT_TRUE(std::filesystem::exists(path))
        << "no reference vectors for '" << function.id << "': expected " << path
        << " (run tests/reference/generate.py)";
    std::vector<ParameterSet> sets = readVectors(path);
    EXPECT_FALSE(sets.empty()) << path;
    for (const ParameterSet& set : sets)
      EXPECT_EQ(validateParameters(function, set.params.data(), set.params.size()), "")
          << path << ": params {" << set.field << "}";
  }
}

TEST(ReferenceVectors, NameOnlyCatalogueFunctions) {
  for (const auto& entry : std::filesystem::directory_iterator(vectorDirectory())) {
    if (entry.path().extension() != ".txt") continue;
    EXPECT_NE(findFunction(entry.path().stem().string()), nullptr)
        << entry.path() << " has no function in the catalogue";
  }
}

// One line per function and kind, the worst point; fails naming every offender.
TEST(ReferenceVectors, WorstUlpSummary) {
  std::ostringstream failures;
  std::cout << "Worst ULP against the reference:\n";
  for (const Function& function : catalogue()) {
    if (!std::filesystem::exists(vectorFile(function.id))) continue;  // reported above
    Report report = compareWithReference(function, readVectors(vectorFile(function.id)));
    std::cout << "  " << report.value.worst() << "\n  " << report.derivative.worst() << "\n";
    for (const Tally* tally : report.all())
      if (!tally->passed()) failures << tally->offenders();
  }
  std::cout.flush();
  EXPECT_TRUE(failures.str().empty()) << failures.str();
}

class ReferenceTest : public testing::TestWithParam<std::string> {
 protected:
  const Function& function() const { return *findFunction(GetParam()); }
  std::vector<ParameterSet> vectors() const { return readVectors(vectorFile(GetParam())); }
};

TEST_P(ReferenceTest, ValueAndDerivativeWithin4Ulp) {
  ASSERT_TRUE(std::filesystem::exists(vectorFile(GetParam()))) << vectorFile(GetParam());
  Report report = compareWithReference(function(), vectors());
  for (const Tally* tally : report.all()) EXPECT_TRUE(tally->passed()) << tally->offenders();
}

INSTANTIATE_TEST_SUITE_P(Catalogue, ReferenceTest, testing::ValuesIn(catalogueIds()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace activation
