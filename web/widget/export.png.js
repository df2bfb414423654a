// Saves the chart as a PNG (the canvas already has the theme's background painted in).
import { chartImage } from "./chart.js";

export function pngFileName(options) {
  return `${options.functions.join("-")}.png`;
}

export function downloadPng(chart, view, options) {
  const link = document.createElement("a");
  link.href = chartImage(chart, view);
  link.download = pngFileName(options);
  link.click();
}

export function downloadText(text, fileName, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
