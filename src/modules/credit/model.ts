/**
 * The credit model (docs/credit.md): indicators in four groups, each positive or
 * negative, with its points, half-life and the sources that may report it; the
 * severity factor and cut-off; the base score and the class thresholds. Pure
 * code: the same arithmetic runs here (incremental update, explanations) and in
 * SQL (full recompute, `recompute.ts`), on integers only, so that both agree to
 * the unit and an explanation adds up to its score exactly.
 *
 * Units: a score is kept in hundredths of a point (70000 = 700.00 points).
 */
import type { CreditClass, Severity, Source } from './tables.ts';

export const GROUPS = ['quality', 'fulfilment', 'behaviour', 'compliance'] as const;
export type Group = (typeof GROUPS)[number];

export interface Indicator {
  kind: string;
  group: Group;
  /** +1 positive indicator (only severity 'positive'), −1 negative (minor … severe). */
  sign: 1 | -1;
  /** Points at severity factor 1, in hundredths (always > 0; the sign gives the direction). */
  points: number;
  /** The contribution halves after each full half-life (step-wise, integer arithmetic). */
  halfLifeDays: number;
  /** For high-volume platform indicators: the most the kind can add in total (hundredths). */
  cap?: number;
  /** The severity the platform uses when it records the kind itself. */
  defaultSeverity: Severity;
  sources: readonly Source[];
  zh: string;
  en: string;
}

const P = (kind: string, group: Group, points: number, halfLifeDays: number, sources: readonly Source[], zh: string, en: string, cap?: number): Indicator => ({
  kind,
  group,
  sign: 1,
  points,
  halfLifeDays,
  defaultSeverity: 'positive',
  sources,
  zh,
  en,
  ...(cap ? { cap } : {}),
});
const N = (
  kind: string,
  group: Group,
  points: number,
  halfLifeDays: number,
  defaultSeverity: Severity,
  sources: readonly Source[],
  zh: string,
  en: string,
): Indicator => ({ kind, group, sign: -1, points, halfLifeDays, defaultSeverity, sources, zh, en });

const MS: Source = 'market_supervision';

/** The implemented indicators (a documented subset of the Yiwu scheme's 63; docs/credit.md). */
export const INDICATORS: readonly Indicator[] = [
  // quality
  P('inspection_passed', 'quality', 300, 365, ['inspection', MS], '抽检合格', 'Inspection passed'),
  P('quality_certified', 'quality', 500, 365, [MS], '产品质量认证', 'Product quality certification'),
  P('registered_trademark', 'quality', 500, 365, ['ip_office'], '注册商标', 'Registered trademark'),
  N('inspection_failed', 'quality', 1000, 365, 'moderate', ['inspection', MS], '抽检不合格', 'Inspection failed'),
  N('below_declared_standard', 'quality', 1000, 365, 'moderate', ['inspection', MS], '低于明示标准', 'Below the declared standard'),
  N('counterfeit_goods', 'quality', 2000, 365, 'serious', [MS, 'customs'], '销售假冒伪劣商品', 'Counterfeit or shoddy goods'),
  N('product_recall', 'quality', 800, 365, 'moderate', [MS], '产品召回', 'Product recall'),
  // fulfilment
  P('order_on_time', 'fulfilment', 20, 90, ['platform'], '订单按时交付', 'Order delivered on time', 1000),
  N('order_late', 'fulfilment', 200, 90, 'minor', ['platform'], '订单延迟交付', 'Order delivered late'),
  N('merchant_cancellation', 'fulfilment', 300, 90, 'minor', ['platform'], '商户取消订单', 'Order cancelled by the merchant'),
  N('dispute_lost', 'fulfilment', 500, 180, 'moderate', ['platform'], '交易纠纷败诉', 'Trade dispute lost'),
  N('contract_breach', 'fulfilment', 1000, 365, 'moderate', ['court', MS], '合同违约', 'Breach of contract'),
  N('broken_credit_promise', 'fulfilment', 1500, 365, 'severe', [MS], '违背信用承诺', 'Broken credit promise'),
  // behaviour
  P('inquiry_fast_reply', 'behaviour', 10, 90, ['platform'], '询盘及时回复', 'Inquiry answered within a day', 500),
  P('dispute_won', 'behaviour', 50, 180, ['platform'], '交易纠纷胜诉', 'Trade dispute won', 500),
  P('contract_honouring_award', 'behaviour', 1000, 365, [MS], '守合同重信用', 'Contract-honouring award'),
  P('honesty_award', 'behaviour', 1000, 365, [MS], '诚信经营示范', 'Honest trading award'),
  N('inquiry_slow_reply', 'behaviour', 50, 90, 'minor', ['platform'], '询盘回复迟缓', 'Inquiry answered after three days'),
  N('consumer_complaint_upheld', 'behaviour', 500, 180, 'minor', ['consumer_complaints', MS], '消费投诉成立', 'Consumer complaint upheld'),
  N('false_advertising', 'behaviour', 1000, 365, 'moderate', [MS], '虚假宣传', 'False advertising'),
  N('price_fraud', 'behaviour', 1000, 365, 'moderate', [MS], '价格欺诈', 'Price fraud'),
  N('ip_infringement', 'behaviour', 1500, 365, 'serious', ['ip_office', 'court', 'platform'], '知识产权侵权', 'IP infringement upheld'),
  // compliance
  P('tax_grade_a', 'compliance', 1500, 365, ['tax'], '纳税信用A级', 'Tax credit grade A'),
  P('customs_aeo', 'compliance', 1500, 365, ['customs'], '海关高级认证企业', 'Customs AEO certified'),
  N('tax_arrears', 'compliance', 800, 365, 'moderate', ['tax'], '欠缴税款', 'Tax arrears'),
  N('tax_evasion', 'compliance', 2500, 365, 'severe', ['tax', 'court'], '偷逃税款', 'Tax evasion'),
  N('customs_false_declaration', 'compliance', 2000, 365, 'serious', ['customs'], '海关申报不实', 'False customs declaration'),
  N('smuggling', 'compliance', 5000, 365, 'severe', ['customs', 'court'], '走私', 'Smuggling'),
  N('unfulfilled_judgment', 'compliance', 3000, 365, 'severe', ['court'], '失信被执行人', 'Judgment debtor in default'),
  N('administrative_penalty', 'compliance', 800, 365, 'moderate', [MS, 'tax', 'customs'], '行政处罚', 'Administrative penalty'),
  N('unlicensed_operation', 'compliance', 1500, 365, 'serious', [MS], '无照经营', 'Trading without a licence'),
  N('inspection_refused', 'compliance', 1500, 365, 'serious', ['inspection', MS], '拒绝检查', 'Inspection refused'),
];

export const INDICATOR_BY_KIND: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.kind, i]));

/** Negative events weigh more the more severe they are. */
export const SEVERITY_FACTOR: Readonly<Record<Severity, number>> = { positive: 1, minor: 1, moderate: 2, serious: 3, severe: 5 };
/** Days after which an event stops counting (its disclosure period). */
export const CUTOFF_DAYS: Readonly<Record<Severity, number>> = { positive: 365, minor: 365, moderate: 730, serious: 1095, severe: 1825 };
/** Longest cut-off: older events never count. */
export const MAX_CUTOFF_DAYS = Math.max(...Object.values(CUTOFF_DAYS));

/** Every entity starts from 700.00 points. */
export const BASE_SCORE = 70_000;
/** Lowest score of each class (hundredths); below C is D. */
export const THRESHOLDS = { A: 75_000, B: 65_000, C: 55_000 } as const;
/** Each group's share of the base, for the sub-indices of the market credit index (sums to BASE_SCORE). */
export const GROUP_BASE: Readonly<Record<Group, number>> = { quality: 17_500, fulfilment: 17_500, behaviour: 17_500, compliance: 17_500 };

export const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Is this severity allowed for the indicator (positive indicators take 'positive' only)? */
export function severityFits(ind: Indicator, severity: Severity): boolean {
  return ind.sign === 1 ? severity === 'positive' : severity !== 'positive';
}

/**
 * One event's contribution on `asOf`, in hundredths: sign × points × severity factor, halved (truncated
 * toward zero) once per full half-life of age, and 0 before the event or from its cut-off on.
 * The SQL of the full recompute is the same expression (`v / (1 << k)` on bigint truncates toward zero).
 */
export function contribution(ind: Indicator, severity: Severity, ageDays: number): number {
  if (ageDays < 0 || ageDays >= CUTOFF_DAYS[severity]) return 0;
  const k = Math.floor(ageDays / ind.halfLifeDays);
  const v = ind.sign * ind.points * SEVERITY_FACTOR[severity];
  return k >= 31 ? 0 : Math.trunc(v / 2 ** k);
}

/** An event is recent for this many days: it caps the class (serious → at best C, severe → D) and warns trade partners. */
export const RECENT_DAYS = 365;

/** The class of a score, capped by the most severe recent event (docs/credit.md §classes). */
export function classFor(score: number, worstRecent: Severity | null): CreditClass {
  let c: CreditClass = score >= THRESHOLDS.A ? 'A' : score >= THRESHOLDS.B ? 'B' : score >= THRESHOLDS.C ? 'C' : 'D';
  if (worstRecent === 'severe') c = 'D';
  else if (worstRecent === 'serious' && (c === 'A' || c === 'B')) c = 'C';
  return c;
}

/** Is an event of this age recent (0 ≤ age < RECENT_DAYS)? */
export const isRecent = (ageDays: number): boolean => ageDays >= 0 && ageDays < RECENT_DAYS;
