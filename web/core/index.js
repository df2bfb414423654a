// activation-plot/core: activation functions and their derivatives, computed in WebAssembly.
export { loadCore } from "./load.js";
