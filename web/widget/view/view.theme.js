// Colours for the light and dark themes; `auto` follows prefers-color-scheme.

// Matplotlib's default cycle, so the default plot looks like the tutorial's figure.
const LIGHT_PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#d62728",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
];
const DARK_PALETTE = [
  "#4ea8f0",
  "#ffa54f",
  "#5fd35f",
  "#ff6b6b",
  "#c59cf0",
  "#c49c94",
  "#f7b6d2",
  "#c7c7c7",
  "#dbdb8d",
  "#6fe3f0",
];

export const THEMES = Object.freeze({
  light: {
    name: "light",
    background: "#ffffff",
    text: "#1f2328",
    muted: "#59636e",
    grid: "#e6e8eb",
    axis: "#8c959f",
    inset: "rgba(255,255,255,0.94)",
    palette: LIGHT_PALETTE,
  },
  dark: {
    name: "dark",
    background: "#16181d",
    text: "#e6edf3",
    muted: "#9aa4af",
    grid: "#2d333b",
    axis: "#6e7681",
    inset: "rgba(22,24,29,0.94)",
    palette: DARK_PALETTE,
  },
});

const DARK_QUERY = "(prefers-color-scheme: dark)";

export function resolveTheme(setting) {
  if (setting === "light" || setting === "dark") return THEMES[setting];
  return globalThis.matchMedia?.(DARK_QUERY).matches
    ? THEMES.dark
    : THEMES.light;
}

// Calls `onChange` when the system colour scheme changes; returns the unsubscribe function.
export function watchColorScheme(onChange) {
  const query = globalThis.matchMedia?.(DARK_QUERY);
  if (!query) return () => {};
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export const prefersReducedMotion = () =>
  Boolean(globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches);
