/**
 * Demo credit governance (issue 13): three merchants listed for severe events
 * (one repaired, one repair pending, one rejected), honest merchants, foreign
 * buyers and a firm on the red lists of last year and this year, a finished
 * random inspection campaign, a promise awaiting its check and one kept,
 * standards declared on the demo merchant's products and a bank reading its
 * shared report. Dates are relative to today, so the demo is the same story
 * whenever it is loaded; the draw's seed is fixed.
 */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/index.ts';
import { listProducts } from '../catalog/index.ts';
import * as credit from '../credit/index.ts';

export interface CreditGovernanceDemoActors {
  regulator: Actor;
  merchant: Actor;
  /** Merchants to list on the blacklist (three). */
  listed: number[];
  /** Entities to honour: merchants, foreign buyers and a firm. */
  honoured: number[];
}

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export async function loadCreditGovernanceDemo(
  database: Database,
  a: CreditGovernanceDemoActors,
): Promise<{ listed: number; campaignId: number; redList: number }> {
  const db = database.db;
  const reg = a.regulator;
  const year = Number(ago(0).slice(0, 4));
  const [l1, l2, l3] = a.listed as [number, number, number];
  const severe = [
    { entityId: l1, source: 'customs', kind: 'smuggling', occurredOn: ago(200), evidenceRef: '义乌海关缉私〔2026〕18号', externalId: 'demo-gov-smuggling-1' },
    {
      entityId: l2,
      source: 'court',
      kind: 'unfulfilled_judgment',
      occurredOn: ago(120),
      evidenceRef: '（2026）浙0782执1234号',
      externalId: 'demo-gov-judgment-1',
    },
    { entityId: l3, source: 'tax', kind: 'tax_evasion', occurredOn: ago(60), evidenceRef: '义税稽罚〔2026〕77号', externalId: 'demo-gov-tax-1' },
  ];
  await credit.recordCreditEvents(db, reg, severe);
  await credit.applyBlacklistRules(db, reg);
  const as = (entityId: number): Actor => ({ userId: null, role: 'merchant', entityId });
  const r1 = await credit.applyForRepair(db, as(l1), { statement: '已补缴税款及罚款，完成合规整改培训', evidenceRefs: ['完税证明 No.2026-001', '整改报告'] });
  await credit.decideRepair(db, reg, r1.id, { decision: 'approve', reason: '整改到位，准予信用修复' });
  await credit.applyForRepair(db, as(l2), { statement: '已履行判决确定的全部义务', evidenceRefs: ['执行完毕证明'] });
  const r3 = await credit.applyForRepair(db, as(l3), { statement: '已补缴部分税款', evidenceRefs: ['完税证明 No.2026-019'] });
  await credit.decideRepair(db, reg, r3.id, { decision: 'reject', reason: '仍有欠缴税款，证据不足' });

  // honour: six awards renewed every half year keep the class at A (docs/credit-governance.md)
  const awards: [string, string][] = [
    ['tax_grade_a', 'tax'],
    ['customs_aeo', 'customs'],
    ['honesty_award', 'market_supervision'],
    ['contract_honouring_award', 'market_supervision'],
    ['quality_certified', 'market_supervision'],
    ['registered_trademark', 'ip_office'],
  ];
  const dates = [`${year - 2}-12-20`, `${year - 1}-06-20`, `${year - 1}-12-20`].filter((d) => d <= ago(0));
  const honours = a.honoured.flatMap((entityId, i) =>
    dates.flatMap((on) =>
      awards.slice(0, 6 - (i % 2)).map(([kind, source]) => ({
        entityId,
        source,
        kind,
        occurredOn: on,
        evidenceRef: `荣誉-${on}-${kind}`,
        externalId: `demo-gov-${entityId}-${on}-${kind}`,
      })),
    ),
  );
  // awards of the lighter half need one more positive to stay at A: an inspection passed each half year
  const extra = a.honoured.flatMap((entityId, i) =>
    i % 2 === 1
      ? dates.map((on) => ({
          entityId,
          source: 'inspection',
          kind: 'inspection_passed',
          occurredOn: on,
          evidenceRef: `抽检-${on}`,
          externalId: `demo-gov-insp-${entityId}-${on}`,
        }))
      : [],
  );
  await credit.recordCreditEvents(db, reg, [...honours, ...extra]);
  let redList = 0;
  for (const y of [year - 1, year]) redList += (await credit.computeRedList(db, reg, { year: y, perCategory: 5 })).length;

  // a finished random inspection campaign
  const c = await credit.defineCampaign(db, reg, {
    name: `${year}年第四季度"双随机"抽查`,
    population: { kind: 'merchant' },
    size: 12,
    rates: { A: 0.02, B: 0.05, C: 0.15, D: 0.5 },
    inspectors: ['王明', '李华', '张伟', '刘洋', '陈静', '杨帆'],
    perEntity: 2,
    seed: 20261001,
  });
  const drawn = await credit.drawCampaign(db, reg, c.id);
  for (const [i, d] of drawn.drawn.entries()) {
    await credit.recordCampaignResult(db, reg, c.id, {
      entityId: d.entityId,
      result: i === 2 ? 'minor_issues' : i === 5 ? 'violation' : 'compliant',
      evidenceRef: `检查记录 ${year}-Q4-${String(d.seq).padStart(3, '0')}`,
      inspectedOn: ago(10 - (i % 5)),
    });
  }
  await credit.defineCampaign(db, reg, {
    name: `${year + 1}年第一季度"双随机"抽查（待抽取）`,
    population: { kind: 'merchant', district: 1 },
    rates: { A: 0.03, B: 0.06, C: 0.2, D: 0.6 },
    inspectors: ['王明', '李华', '张伟'],
    seed: 20270101,
  });

  // promises: the demo merchant's approved and awaiting its check, an honoured merchant's kept
  const text = '本单位承诺所提交的材料真实、合法、有效，如有虚假，愿承担相应法律责任并接受信用惩戒。';
  await credit.signPromise(db, a.merchant, { applicationKind: 'stall_transfer', applicationRef: 'ST-DEMO-0001', promiseText: text });
  const kept = await credit.signPromise(db, as(a.honoured[0]!), { applicationKind: 'licence_change', applicationRef: 'LC-DEMO-0007', promiseText: text });
  await credit.checkPromise(db, reg, kept.id, { outcome: 'kept', reason: '现场核查与承诺一致', evidenceRef: '核查记录 LC-0007' });

  // standards on the demo merchant's first products
  const products = await listProducts(db, a.merchant, { merchant: a.merchant.entityId!, pageSize: 3 });
  const stds = [
    { kind: 'national', code: 'GB 4806.9-2016', title: '食品接触用金属材料及制品' },
    { kind: 'national_recommended', code: 'GB/T 29606-2013', title: '不锈钢真空杯' },
    { kind: 'enterprise', code: 'Q/YW 001-2024', title: '企业标准' },
  ];
  for (const [i, p] of products.items.entries()) await credit.declareStandard(db, a.merchant, p.id, stds[i % stds.length]);

  // a bank reads the demo merchant's report
  const share = await credit.grantShare(db, a.merchant, {
    granteeName: '义乌农商银行 信贷部',
    purpose: '授信审批',
    validTo: new Date(Date.now() + 90 * 86_400_000).toISOString(),
  });
  await credit.readSharedReport(db, { userId: null, role: 'anonymous', entityId: null }, { token: share.token, address: 'demo' });
  return { listed: 3, campaignId: c.id, redList };
}
