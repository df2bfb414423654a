// Values the chart cannot lay out: Chart.js generates y ticks forever for values near the limits of
// a double. The x range and the parameters are bounded where they are parsed; this catches a
// function that still produces values beyond what the y axis can draw.
import { Y_LIMIT } from "../options/options.js";

const exponent = (number) => number.toExponential().replace("e+", "e");

// The first value of `curves` ([{ fn, y, dy }]) beyond ±Y_LIMIT, as a problem, or null.
export function undrawableValue(curves) {
  for (const { fn, y, dy } of curves)
    for (const [values, name] of [
      [y, "f(x)"],
      [dy, "f′(x)"],
    ])
      for (const value of values)
        if (Math.abs(value) > Y_LIMIT)
          return {
            message: `${fn.name}: ${name} reaches ${value}, beyond what the chart can draw (${exponent(-Y_LIMIT)} to ${exponent(Y_LIMIT)}); narrow the x range or change the parameters`,
          };
  return null;
}
