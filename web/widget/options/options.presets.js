// Framework defaults a reader may want to compare: display data of the widget, not of the core.
// Each sets one function's parameters, adding the function to the plot if it is not shown.
export const PRESETS = Object.freeze([
  {
    label: "PyTorch LeakyReLU (0.01)",
    id: "leaky_relu",
    params: { negative_slope: 0.01 },
  },
  {
    label: "Keras LeakyReLU layer (0.3)",
    id: "leaky_relu",
    params: { negative_slope: 0.3 },
  },
  {
    label: "TensorFlow / tf.js leaky_relu (0.2)",
    id: "leaky_relu",
    params: { negative_slope: 0.2 },
  },
  { label: "GELU exact (erf)", id: "gelu", params: { approximate: "none" } },
  {
    label: "GELU tanh approximation",
    id: "gelu",
    params: { approximate: "tanh" },
  },
]);
