/**
 * The one chart component of the web UI (index, credit, stall evaluation, service desk, dashboard).
 *
 * ECharts stays out of the page's own code and off its start-up:
 * - echarts-lib.ts (tree-shaken `echarts/core`: line and bar, grid, tooltip, legend, canvas) is a chunk of its own,
 *   fetched with `import()` only when a chart is about to be seen, after the page has painted;
 * - a chart is drawn when its box comes within a quarter screen of the viewport (IntersectionObserver); one further
 *   down costs nothing while the page loads, and is drawn when the reader scrolls towards it (or prints the page);
 * - charts are drawn one step per task in idle time (create the chart, then set its option), so that no single
 *   task does the work of several charts, and without animation (no repaint on every frame after the draw);
 * - the box has its final size from the first paint (no layout shift) and shows the chart's label until drawn.
 */
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import './chart.css';

export type ChartOption = EChartsCoreOption;

type Lib = typeof import('./echarts-lib.ts');
let lib: Promise<Lib> | null = null;
const loadLib = (): Promise<Lib> => {
  lib ??= import('./echarts-lib.ts');
  return lib;
};

/** Run `fn` in a task of its own when the main thread is idle (or after a short while at the latest). */
function whenIdle(fn: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 16);
}

/** The steps of drawing one chart; `step()` does the next one and says whether it was the last. */
type Job = { step: () => boolean };
const queue: Job[] = [];
let pumping = false;

/** One step of one chart per idle task, in the order the charts came into view. */
function pump(): void {
  if (pumping) return;
  pumping = true;
  const next = () => {
    const job = queue[0];
    if (!job) {
      pumping = false;
      return;
    }
    if (job.step()) queue.shift();
    whenIdle(next);
  };
  whenIdle(next);
}

/** After the first paint: two animation frames, then idle time. Returns a cancel function. */
function afterPaint(fn: () => void): () => void {
  let cancelled = false;
  requestAnimationFrame(() => requestAnimationFrame(() => !cancelled && whenIdle(() => !cancelled && fn())));
  return () => {
    cancelled = true;
  };
}

/**
 * No animation: an animated chart repaints its canvas on every frame for a second after it is drawn, and on a
 * slow phone each of those frames is a long task that keeps the page from answering input.
 */
const withoutAnimation = (option: ChartOption): ChartOption => ({ animation: false, ...option });

export function Chart({
  option,
  testId,
  label,
  height = 320,
  onPick,
}: {
  option: ChartOption;
  testId: string;
  /** What the chart shows, for screen readers (role img) and as the placeholder until it is drawn. */
  label?: string;
  /** The box's height in px, kept from the first paint. */
  height?: number;
  /** A click on a bar or point: its category and index (drill-down to the list behind it). */
  onPick?: (category: string, index: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const applied = useRef<ChartOption | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  const [drawn, setDrawn] = useState(false);

  // Draw the chart once it is near the viewport, after the page has painted; dispose of it when the component goes.
  useEffect(() => {
    const el = canvas.current;
    const outer = box.current;
    if (!el || !outer) return;
    let gone = false;
    let observer: IntersectionObserver | null = null;
    let resizer: ResizeObserver | null = null;
    let job: Job | null = null;
    const draw = (lib: Lib) => {
      let stage = 0;
      job = {
        step: () => {
          if (gone) return true;
          if (stage === 0) {
            const c = lib.init(el, undefined, { renderer: 'canvas' });
            c.on('click', (p) => {
              if (typeof p.name === 'string' && p.name) pick.current?.(p.name, p.dataIndex);
            });
            chart.current = c;
            stage = 1;
            return false;
          }
          applied.current = latest.current;
          chart.current?.setOption(withoutAnimation(latest.current), true);
          setDrawn(true);
          // redraw when the box changes size (not on the observer's first call, the size just drawn at)
          let size = `${el.clientWidth}x${el.clientHeight}`;
          resizer = new ResizeObserver(() => {
            const now = `${el.clientWidth}x${el.clientHeight}`;
            if (now === size) return;
            size = now;
            chart.current?.resize();
          });
          resizer.observe(el);
          return true;
        },
      };
      queue.push(job);
      pump();
    };
    let started = false;
    const start = () => {
      if (started || gone) return;
      started = true;
      observer?.disconnect();
      void loadLib().then((l) => !gone && draw(l));
    };
    const cancelPaint = afterPaint(() => {
      observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '25% 0px' });
      observer.observe(outer);
    });
    // A chart further down is drawn before printing, so that a printed page has it.
    const beforePrint = () => start();
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      gone = true;
      cancelPaint();
      window.removeEventListener('beforeprint', beforePrint);
      observer?.disconnect();
      resizer?.disconnect();
      const i = job ? queue.indexOf(job) : -1;
      if (i >= 0) queue.splice(i, 1);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  // A new option for a chart already drawn replaces the old one (the chart is not created again).
  useEffect(() => {
    if (!drawn || applied.current === option) return;
    applied.current = option;
    chart.current?.setOption(withoutAnimation(option), true);
  }, [option, drawn]);

  return (
    <div ref={box} className="chart-box" data-testid={testId} {...(label ? { role: 'img', 'aria-label': label } : {})} style={{ blockSize: height }}>
      {drawn || !label ? null : (
        <p className="chart-fallback" aria-hidden="true">
          {label}
        </p>
      )}
      <div ref={canvas} className="chart-canvas" />
    </div>
  );
}
