/**
 * The pure half of the analysts' on-the-fly series (series.ts): from columnar
 * observations (typed arrays, cheap to move to a worker thread) to one index
 * series per category node. No database here: this module is a WorkPool task
 * (`computeAnalysis`) and is also called in-thread by the CLI.
 */
import { AppError } from '../../core/errors.ts';
import { buildPanel, computeSeries, type IndexFormula, type Observation } from './formulas/index.ts';
import { weekLabel } from './calendar.ts';

/** Observations of the union of the requested nodes' subtrees, one entry per row. */
export interface AnalysisColumns {
  length: number;
  item: Int32Array;
  /** index into `weeks` */
  week: Int32Array;
  /** index into `codes` */
  category: Int32Array;
  price: Float64Array;
  /** NaN = no quantity */
  quantity: Float64Array;
}

export interface AnalysisTask {
  formula: IndexFormula;
  weighted: boolean;
  /** Monday dates (YYYY-MM-DD) */
  weeks: string[];
  /** category codes */
  codes: string[];
  /** node code and the category-code prefix of its subtree ('' = the whole market) */
  nodes: { node: string; prefix: string }[];
  obs: AnalysisColumns;
}

export interface AnalysisPoint {
  week: string;
  date: string;
  value: number;
  release: null;
}

/**
 * The series of every node, in the order of `task.nodes`. Throws AppError('VALIDATION') when a node's data cannot make a series.
 * Pure and synchronous (runs in a worker for `getSeries`).
 * @example
 * ```ts
 * const [market] = computeAnalysis(task); // task loaded by series.ts (loadAnalysis)
 * ```
 */
export function computeAnalysis(task: AnalysisTask): AnalysisPoint[][] {
  const { obs } = task;
  const out: AnalysisPoint[][] = [];
  for (const n of task.nodes) {
    const inNode = task.codes.map((c) => c.startsWith(n.prefix));
    const rows: Observation[] = [];
    for (let j = 0; j < obs.length; j++) {
      if (!inNode[obs.category[j] as number]) continue;
      const q = obs.quantity[j] as number;
      rows.push({
        period: task.weeks[obs.week[j] as number] as string,
        product: String(obs.item[j]),
        price: obs.price[j] as number,
        quantity: task.weighted ? (Number.isNaN(q) ? 0 : q) : null,
      });
    }
    const points: AnalysisPoint[] = [];
    if (rows.length > 0) {
      const panel = buildPanel(rows, 'natural');
      const res = computeSeries(panel, { formula: task.formula, ...(task.formula.startsWith('geks') ? {} : { chained: true }) });
      if (!res.ok) throw new AppError(res.error.code, `category ${n.node}: ${res.error.message}`, res.error.details);
      res.value.periods.forEach((p, t) => points.push({ week: weekLabel(p), date: p, value: 100 * (res.value.values[t] as number), release: null }));
    }
    out.push(points);
  }
  return out;
}

/** The buffers of a task, to transfer (not copy) to a worker. */
export function taskBuffers(task: AnalysisTask): ArrayBuffer[] {
  const o = task.obs;
  return [o.item, o.week, o.category, o.price, o.quantity].map((a) => a.buffer as ArrayBuffer);
}
