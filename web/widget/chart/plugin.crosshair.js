// The hover crosshair: a vertical line at the hovered x and a dot on each curve at the value the
// core computed for exactly that x.

// getHover() returns null or { x, points: [{ y, colorIndex, label }] }; getView() supplies the
// theme and the lines, whose hidden ones get no dot.
export function crosshairPlugin(getHover, getView) {
  return {
    id: "activationPlotCrosshair",
    afterDatasetsDraw(chart) {
      const hover = getHover();
      const area = chart.chartArea;
      if (!hover || !area) return;
      const { ctx, scales } = chart;
      const { theme, lines } = getView();
      const hidden = new Set(
        lines.filter((line) => line.hidden).map(({ label }) => label),
      );
      const px = scales.x.getPixelForValue(hover.x);
      ctx.save();
      ctx.strokeStyle = theme.muted;
      ctx.lineWidth = 1;
      ctx.setLineDash([3, 3]);
      ctx.beginPath();
      ctx.moveTo(Math.round(px) + 0.5, area.top);
      ctx.lineTo(Math.round(px) + 0.5, area.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      for (const point of hover.points) {
        if (hidden.has(point.label)) continue;
        const py = scales.y.getPixelForValue(point.y);
        if (!(py >= area.top && py <= area.bottom)) continue;
        ctx.fillStyle = theme.palette[point.colorIndex % theme.palette.length];
        ctx.beginPath();
        ctx.arc(px, py, 4, 0, 2 * Math.PI);
        ctx.fill();
      }
      ctx.restore();
    },
  };
}
