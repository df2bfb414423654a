// activation-plot/embed (dist/activation-plot.js): the one-file classic script. Loading it defines
// <activation-plot> and this global; a second copy on the same page does nothing.
import type { createActivationPlot } from "./index.js";
import type { loadCore } from "./core.js";

declare global {
  /** The embed's API for a page's own scripts: the same functions as the package exports. */
  var ActivationPlot: {
    readonly loadCore: typeof loadCore;
    readonly createActivationPlot: typeof createActivationPlot;
  };
}
