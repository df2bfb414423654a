// Downloads: the chart as a PNG (a data URL with the theme's background painted in), and text.

export function pngFileName(options) {
  return `${options.functions.join("-")}.png`;
}

export function downloadPng(imageUrl, options) {
  const link = document.createElement("a");
  link.href = imageUrl;
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
