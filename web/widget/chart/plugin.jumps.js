// The dots at each jump, as textbooks draw them: filled at the value the function takes at the
// point (PyTorch's), open at the one-sided limits it does not take. The line itself breaks there
// (the view's points hold a NaN gap).

const RADIUS = 3.5;

function dot(ctx, px, py, filled, color, background) {
  ctx.beginPath();
  ctx.arc(px, py, RADIUS, 0, 2 * Math.PI);
  ctx.fillStyle = filled ? color : background;
  ctx.fill();
  ctx.strokeStyle = color;
  ctx.stroke();
}

// getView() supplies { theme, lines: [{ colorIndex, jumps: [{ x, left, right, value }], hidden }] }.
export function jumpsPlugin(getView) {
  return {
    id: "activationPlotJumps",
    afterDatasetsDraw(chart) {
      const area = chart.chartArea;
      const { x: xScale, y: yScale } = chart.scales;
      if (!area || !xScale || !yScale) return;
      const { theme, lines } = getView();
      const { ctx } = chart;
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.width, area.height);
      ctx.clip();
      ctx.lineWidth = 1.5;
      for (const { colorIndex, jumps, hidden } of lines) {
        if (hidden) continue;
        const color = theme.palette[colorIndex % theme.palette.length];
        for (const { x, left, right, value } of jumps) {
          const px = xScale.getPixelForValue(x);
          for (const limit of [left, right])
            if (limit !== value)
              dot(
                ctx,
                px,
                yScale.getPixelForValue(limit),
                false,
                color,
                theme.background,
              );
          dot(
            ctx,
            px,
            yScale.getPixelForValue(value),
            true,
            color,
            theme.background,
          );
        }
      }
      ctx.restore();
    },
  };
}
