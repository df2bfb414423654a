// activation-plot/widget: the <activation-plot> element and createActivationPlot().
import { defineActivationPlot } from "./element.js";

export { createActivationPlot } from "./controller.js";
export { ActivationPlotElement, defineActivationPlot } from "./element.js";
export { PRESETS } from "./options/options.presets.js";

defineActivationPlot();
