/**
 * An ECharts chart (bar and line series on a grid, tooltip, legend) for the
 * service and dashboard pages; a click on a bar or point calls `onPick` with
 * its category and index (drill-down to the list behind it).
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({
  option,
  testId,
  onPick,
  label,
}: {
  option: ChartOption;
  testId: string;
  onPick?: (category: string, index: number) => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption(option);
    chart.on('click', (p) => {
      if (typeof p.name === 'string' && p.name) pick.current?.(p.name, p.dataIndex);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} className="service-chart" data-testid={testId} role="img" aria-label={label} />;
}
