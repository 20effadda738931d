/**
 * The one ECharts build of the web UI: `echarts/core` with only what the pages draw (line and bar series on a grid,
 * tooltip, legend) and the canvas renderer. Imported only through `import()` from chart.tsx, so it is a chunk of its
 * own that a page fetches after its first paint, and never part of the main bundle.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { init };
