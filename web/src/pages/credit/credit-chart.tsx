/** ECharts for the credit pages (loaded only with them). */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export function CreditChart({ option, testId, height = 300 }: { option: echarts.EChartsCoreOption; testId: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={ref} data-testid={testId} style={{ width: '100%', height }} />;
}

/** Score points from hundredths: 70000 → "700.00". */
export const points = (v: number): string => (v / 100).toFixed(2);
export const signedPoints = (v: number): string => `${v > 0 ? '+' : v < 0 ? '−' : ''}${points(Math.abs(v))}`;
