// evaluate, derivative and curve against the mpmath reference vectors, within 4 ULP.
import { loadCore } from "../../web/core/index.js";
import {
  hasVectors,
  paramsObject,
  readVectors,
  vectorsPath,
} from "./support/reference.js";
import { ulpDistance } from "./support/ulp.js";

const MAX_ULP = 4;
const SHOWN_FAILURES = 12;

const core = await loadCore();

function describeFailures(failures) {
  const shown = failures.slice(0, SHOWN_FAILURES).join("\n");
  const more = failures.length - SHOWN_FAILURES;
  return more > 0 ? `${shown}\n... and ${more} more` : shown;
}

// Each case where `actual` is more than MAX_ULP from the reference, as text.
function compare(id, params, cases, actual, column) {
  const failures = [];
  cases.forEach((expected, i) => {
    const ulps = ulpDistance(actual[i], expected[column]);
    if (ulps > MAX_ULP) {
      failures.push(
        `${id} ${column}(${expected.x}; ${JSON.stringify(params)}) = ${actual[i]}, ` +
          `expected ${expected[column]} (${ulps} ULP, line ${expected.line})`,
      );
    }
  });
  return failures;
}

function groupsOf(fn) {
  return readVectors(fn.id).map(({ params, cases }) => ({
    params: paramsObject(fn, params),
    cases,
  }));
}

test("every catalogue function has reference vectors", () => {
  const missing = core.functions
    .map(({ id }) => id)
    .filter((id) => !hasVectors(id));
  expect(missing).toEqual([]);
});

describe.each(core.functions.filter(({ id }) => hasVectors(id)))(
  "$id",
  (fn) => {
    const groups = groupsOf(fn);

    test(`${vectorsPath(fn.id).pathname.split("/").pop()} is not empty`, () => {
      expect(groups.length).toBeGreaterThan(0);
    });

    test.each(["value", "derivative"])(
      "%s within 4 ULP of the reference",
      (column) => {
        const evaluate = column === "value" ? core.evaluate : core.derivative;
        const failures = groups.flatMap(({ params, cases }) => {
          const xs = Float64Array.from(cases, ({ x }) => x);
          return compare(
            fn.id,
            params,
            cases,
            evaluate(fn.id, xs, params),
            column,
          );
        });
        expect(describeFailures(failures)).toBe("");
      },
    );

    // Each finite reference x is an endpoint of a two-point curve to a neighbouring x.
    test("curve endpoints within 4 ULP of the reference", () => {
      const failures = groups.flatMap(({ params, cases }) => {
        const finite = cases
          .filter(({ x }) => Number.isFinite(x))
          .sort((a, b) => a.x - b.x)
          .filter((c, i, sorted) => i === 0 || sorted[i - 1].x < c.x);
        if (finite.length < 2) return [];
        return finite.flatMap((point, i) => {
          const isLast = i === finite.length - 1;
          const [start, end] = isLast
            ? [finite[i - 1], point]
            : [point, finite[i + 1]];
          const { x, y, dy } = core.curve(fn.id, {
            xMin: start.x,
            xMax: end.x,
            points: 2,
            params,
          });
          const at = isLast ? x.length - 1 : 0;
          expect(x[at]).toBe(point.x);
          return [
            ...compare(fn.id, params, [point], [y[at]], "value"),
            ...compare(fn.id, params, [point], [dy[at]], "derivative"),
          ];
        });
      });
      expect(describeFailures(failures)).toBe("");
    });
  },
);
