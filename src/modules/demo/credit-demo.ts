/**
 * Demo credit events (issue 13): a year of department and platform events for
 * the demo merchants, so that the credit pages show a real breakdown, there are
 * entities in every class (A, B, C and D), an appeal was decided and one waits,
 * and the market credit index has twelve months. Dates are relative to today;
 * ids are fixed, so loading twice changes nothing.
 */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/index.ts';
import * as credit from '../credit/index.ts';

export interface CreditDemoActors {
  regulator: Actor;
  operator: Actor;
  merchant: Actor;
  merchant2: Actor;
  /** Other merchants to spread over the classes (up to 16 are used). */
  others: number[];
}

type Ev = { entityId: number; source: string; kind: string; severity?: string; occurredOn: string; evidenceRef: string; externalId: string; note?: string };

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The class each of the other merchants is steered to, in turn. */
const PLAN = ['A', 'B', 'C', 'D', 'A', 'B', 'C', 'B'] as const;

function eventsFor(entityId: number, target: (typeof PLAN)[number], k: number): Ev[] {
  const id = (s: string) => `demo-credit-${entityId}-${s}`;
  const d = (n: number) => ago(n + ((k * 11) % 40));
  switch (target) {
    case 'A':
      return [
        { entityId, source: 'tax', kind: 'tax_grade_a', occurredOn: d(90), evidenceRef: '国家税务总局义乌市税务局 A级纳税人名单', externalId: id('tax-a') },
        {
          entityId,
          source: 'market_supervision',
          kind: 'honesty_award',
          occurredOn: d(150),
          evidenceRef: '义乌市场诚信经营示范户公示',
          externalId: id('honest'),
        },
        {
          entityId,
          source: 'market_supervision',
          kind: 'contract_honouring_award',
          occurredOn: d(200),
          evidenceRef: '守合同重信用公示',
          externalId: id('contract'),
        },
        { entityId, source: 'ip_office', kind: 'registered_trademark', occurredOn: d(250), evidenceRef: '商标注册证', externalId: id('tm') },
      ];
    case 'B':
      return [
        { entityId, source: 'inspection', kind: 'inspection_passed', occurredOn: d(60), evidenceRef: '抽检报告', externalId: id('insp') },
        {
          entityId,
          source: 'consumer_complaints',
          kind: 'consumer_complaint_upheld',
          occurredOn: d(220),
          evidenceRef: '12315 投诉',
          externalId: id('complaint'),
        },
      ];
    case 'C':
      return [
        {
          entityId,
          source: 'inspection',
          kind: 'inspection_failed',
          occurredOn: d(45),
          evidenceRef: '抽检不合格通知书',
          externalId: id('insp-fail'),
          note: '标签不符合GB 5296',
        },
        { entityId, source: 'market_supervision', kind: 'false_advertising', occurredOn: d(130), evidenceRef: '行政处罚决定书', externalId: id('adv') },
        { entityId, source: 'tax', kind: 'tax_arrears', occurredOn: d(300), evidenceRef: '税务事项通知书', externalId: id('arrears') },
      ];
    case 'D':
      return [
        {
          entityId,
          source: 'market_supervision',
          kind: 'counterfeit_goods',
          severity: 'severe',
          occurredOn: d(70),
          evidenceRef: '义市监处罚〔2026〕',
          externalId: id('fake'),
          note: '假冒注册商标的玩具',
        },
        {
          entityId,
          source: 'consumer_complaints',
          kind: 'consumer_complaint_upheld',
          severity: 'moderate',
          occurredOn: d(160),
          evidenceRef: '12315 投诉',
          externalId: id('complaint'),
        },
      ];
  }
}

export async function loadCreditDemo(database: Database, a: CreditDemoActors): Promise<{ events: number; appeals: number }> {
  const db = database.db;
  const m = a.merchant.entityId!;
  const m2 = a.merchant2.entityId!;
  const mine: Ev[] = [
    {
      entityId: m,
      source: 'ip_office',
      kind: 'registered_trademark',
      occurredOn: ago(360),
      evidenceRef: '商标注册证 第52xxxx号',
      externalId: 'demo-credit-m-tm',
    },
    {
      entityId: m,
      source: 'tax',
      kind: 'tax_grade_a',
      occurredOn: ago(300),
      evidenceRef: '国家税务总局义乌市税务局 A级纳税人名单',
      externalId: 'demo-credit-m-tax-a',
    },
    {
      entityId: m,
      source: 'market_supervision',
      kind: 'quality_certified',
      occurredOn: ago(180),
      evidenceRef: 'CCC 证书 2026011203',
      externalId: 'demo-credit-m-ccc',
    },
    {
      entityId: m,
      source: 'inspection',
      kind: 'inspection_passed',
      occurredOn: ago(40),
      evidenceRef: '义乌市场监管抽检 2026-118',
      externalId: 'demo-credit-m-insp',
    },
    {
      entityId: m,
      source: 'market_supervision',
      kind: 'false_advertising',
      occurredOn: ago(240),
      evidenceRef: '义市监处〔2026〕41号',
      externalId: 'demo-credit-m-adv',
      note: '宣传“全网最低价”无依据',
    },
    {
      entityId: m,
      source: 'consumer_complaints',
      kind: 'consumer_complaint_upheld',
      occurredOn: ago(25),
      evidenceRef: '12315 投诉 330782-2026-5521',
      externalId: 'demo-credit-m-complaint',
      note: '退货未在约定期内处理',
    },
    {
      entityId: m,
      source: 'consumer_complaints',
      kind: 'consumer_complaint_upheld',
      occurredOn: ago(95),
      evidenceRef: '12315 投诉 330782-2026-3307',
      externalId: 'demo-credit-m-complaint-old',
    },
  ];
  const second: Ev[] = [
    {
      entityId: m2,
      source: 'customs',
      kind: 'customs_false_declaration',
      occurredOn: ago(100),
      evidenceRef: '义乌海关 行政处罚 2026-0931',
      externalId: 'demo-credit-m2-decl',
      note: '申报品名与实货不符',
    },
    { entityId: m2, source: 'inspection', kind: 'inspection_passed', occurredOn: ago(30), evidenceRef: '抽检报告 2026-204', externalId: 'demo-credit-m2-insp' },
  ];
  const others = a.others.slice(0, 16).flatMap((id, k) => eventsFor(id, PLAN[k % PLAN.length]!, k));
  const all = [...mine, ...second, ...others];
  const r = await credit.recordCreditEvents(db, a.regulator, all);
  // the demo merchant's appeals: one rejected (history), one waiting for the regulator
  let appeals = 0;
  if (r.inserted > 0) {
    const idOf = (ext: string) => r.ids[all.findIndex((e) => e.externalId === ext)]!;
    const old = await credit.fileAppeal(db, a.merchant, idOf('demo-credit-m-complaint-old'), { reason: '买家已撤回投诉', evidenceRef: '撤诉截图' });
    await credit.decideAppeal(db, a.regulator, old.id, { outcome: 'rejected', note: '12315 记录显示投诉成立，未撤回' });
    await credit.fileAppeal(db, a.merchant, idOf('demo-credit-m-complaint'), { reason: '已在约定期内退款，附银行回单', evidenceRef: '回单 2026-0412' });
    appeals = 2;
  }
  await credit.recomputeAll(db, a.regulator);
  const to = ago(0);
  const from = new Date(`${to.slice(0, 7)}-01T00:00:00Z`);
  from.setUTCMonth(from.getUTCMonth() - 11);
  await credit.computeMarketIndex(db, a.regulator, { from: from.toISOString().slice(0, 10), to });
  return { events: r.inserted, appeals };
}
