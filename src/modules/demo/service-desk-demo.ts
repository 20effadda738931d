/**
 * The demo's service desk: the default departments and rules, a sign-in for
 * each department (dept-<code> / dept123456), and items in every state made
 * through the module's functions at past times: half a year of handled items
 * (some late, some reopened, rated), and this week's items dispatched,
 * accepted, replied, reopened, overdue (escalated to the department's head
 * and to the market office by the sweep) and closed.
 */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/actor.ts';
import { createUser } from '../../core/auth/index.ts';
import { Rng } from '../../core/random.ts';
import { actOnItem, DEFAULT_RULES, listDepartments, raiseItem, setupServiceDesk, sweepServiceItems } from '../service-desk/index.ts';

/** The department sign-ins the demo creates (published like DEMO_ACCOUNTS: never for real use). */
export const SERVICE_DEMO_PASSWORD = 'dept123456';
export const serviceDemoUsername = (code: string): string => `dept-${code === 'service_centre' ? 'service' : code}`;

const PROBLEMS: Record<string, string[]> = {
  product_quality: [
    '隔壁商位销售的充电宝没有3C标志，疑似不合格产品',
    'Goods bought at a stall in district 3 fail the sample test; the merchant refuses to talk',
  ],
  ip_infringement: ['我们的注册外观设计被仿冒，在五区有商位公开销售', 'A stall copies our registered trademark on plush toys'],
  trade_dispute: ['外商拒付尾款并扣留提单，请协调', 'The buyer claims short delivery although the warehouse signed for all cartons'],
  fire_hazard: ['通道里堆放纸箱，堵住消防栓', 'An extension cord runs under the carpet and gets hot'],
  facility_repair: ['商位上方天花板漏水，货物受潮', 'The escalator near gate 7 has stopped since yesterday', '空调不制冷，室温超过32度'],
  sanitation_order: ['走廊垃圾两天没有清运', 'Hawkers block the passage in front of our stall every afternoon'],
  customs_clearance: ['拼箱货物查验后一直没有放行信息', 'Our goods list line was merged under the wrong HS chapter'],
  tax_invoice: ['1039出口免税申报系统提示数据不一致', 'How do we file the VAT exemption for last month’s exports?'],
  theft_security: ['夜间商位被撬，丢失样品一批', 'A pickpocket was seen around stall 12 twice this week'],
  other: ['希望增加周末的停车位', 'Wi-Fi in district 2 drops every hour'],
};
const REPLIES = [
  '已到现场核实，问题已处理，请确认。',
  '已安排专人跟进，整改完毕。',
  'We inspected on site and fixed it; please confirm.',
  'The case was referred and resolved; details sent by SMS.',
];

export interface ServiceDemoActors {
  operator: Actor;
  merchant: Actor;
  merchant2: Actor;
  buyer: Actor;
  /** Further merchant entity ids that raise problems (acting without a sign-in). */
  otherMerchants: number[];
}
export interface ServiceDemoReport {
  departments: number;
  items: number;
  escalated: number;
}

const HOUR = 3600_000;

/**
 * Set up the desk and load its demo items (`historyItems` handled ones over the last 180 days plus one
 * of each current state). Deterministic for the same inputs except for the clock (`now`).
 */
export async function loadServiceDeskDemo(
  database: Database,
  who: ServiceDemoActors,
  historyItems: number,
  now: Date = new Date(),
): Promise<ServiceDemoReport> {
  const db = database.db;
  await setupServiceDesk(db, who.operator);
  const depts = await listDepartments(db);
  const deptActor = new Map<number, Actor>();
  for (const d of depts) {
    const userId = await createUser(db, {
      username: serviceDemoUsername(d.code),
      password: SERVICE_DEMO_PASSWORD,
      role: 'department',
      entityId: d.id,
      displayName: `${d.nameZh} (${d.nameEn})`,
    });
    deptActor.set(d.id, { userId, role: 'department', entityId: d.id });
  }
  const rng = new Rng(20261014);
  const raisers: Actor[] = [
    who.merchant,
    who.merchant2,
    who.buyer,
    ...who.otherMerchants.map((id): Actor => ({ userId: null, role: 'merchant', entityId: id })),
  ];
  const at = (h: number) => new Date(now.getTime() - h * HOUR);
  let items = 0;
  const raise = async (raiser: Actor, category: string, urgency: 'normal' | 'urgent', when: Date) => {
    items++;
    const texts = PROBLEMS[category] ?? PROBLEMS.other!;
    return raiseItem(
      db,
      raiser,
      {
        category,
        urgency,
        description: rng.pick(texts),
        photos: rng.chance(0.4) ? [{ url: `https://example.org/yiwu-demo/service/${items}.jpg` }] : [],
        stallId: null,
      },
      when,
    );
  };
  const dept = (item: { departmentId: number }) => deptActor.get(item.departmentId)!;
  const hoursOf = (category: string, urgency: string) => {
    const r = DEFAULT_RULES.find((x) => x.category === category)!;
    return urgency === 'urgent' ? r.hoursUrgent : r.hoursNormal;
  };

  // Half a year of handled items: accepted within hours, replied on time (mostly) or late, some reopened, rated by the raiser.
  for (let i = 0; i < historyItems; i++) {
    const rule = rng.pick(DEFAULT_RULES);
    const urgency = rng.chance(0.2) ? 'urgent' : 'normal';
    const window = hoursOf(rule.category, urgency);
    const start = at(rng.int(20 * 24, 180 * 24));
    const raiser = rng.pick(raisers);
    let t = start.getTime();
    const step = (h: number) => new Date((t += h * HOUR));
    const item = await raise(raiser, rule.category, urgency, start);
    const late = rng.chance(0.18);
    await actOnItem(db, dept(item), item.id, { action: 'accept' }, step(rng.int(1, Math.max(1, Math.floor(window / 4)))));
    await actOnItem(
      db,
      dept(item),
      item.id,
      { action: 'reply', reply: rng.pick(REPLIES) },
      step(late ? window + rng.int(2, 48) : rng.int(1, Math.max(1, Math.floor(window / 2)))),
    );
    if (rng.chance(0.15)) {
      await actOnItem(db, raiser, item.id, { action: 'reopen', reason: '问题没有解决 / not solved', rating: 2 }, step(rng.int(2, 30)));
      await actOnItem(db, dept(item), item.id, { action: 'accept' }, step(rng.int(1, 6)));
      await actOnItem(db, dept(item), item.id, { action: 'reply', reply: rng.pick(REPLIES) }, step(rng.int(2, Math.max(2, window))));
    }
    if (rng.chance(0.06)) continue; // left unanswered: the sweep closes it after a week
    const rating = late ? rng.int(1, 3) : rng.int(3, 5);
    await actOnItem(db, raiser, item.id, { action: 'confirm', rating }, step(rng.int(1, 48)));
  }

  // This week's items, one in each state (and overdue ones for the sweep to escalate).
  const { merchant, merchant2, buyer } = who;
  await raise(merchant, 'facility_repair', 'normal', at(3));
  const accepted = await raise(merchant2, 'sanitation_order', 'normal', at(10));
  await actOnItem(db, dept(accepted), accepted.id, { action: 'accept', note: '已派保洁班组' }, at(9));
  const replied = await raise(merchant, 'fire_hazard', 'urgent', at(20));
  await actOnItem(db, dept(replied), replied.id, { action: 'accept' }, at(19.5));
  await actOnItem(db, dept(replied), replied.id, { action: 'reply', reply: '已清理通道并张贴警示，请确认。' }, at(18));
  const reopened = await raise(buyer, 'trade_dispute', 'normal', at(60));
  await actOnItem(db, dept(reopened), reopened.id, { action: 'accept' }, at(58));
  await actOnItem(db, dept(reopened), reopened.id, { action: 'reply', reply: 'We called the merchant; he promises to ship next week.' }, at(40));
  await actOnItem(db, buyer, reopened.id, { action: 'reopen', reason: 'Nothing was shipped; I need the goods or a refund.', rating: 2 }, at(6));
  const overdue = await raise(merchant2, 'facility_repair', 'urgent', at(12)); // 8 h window: 4 h overdue → department head
  void overdue;
  const longOverdue = await raise(merchant, 'customs_clearance', 'urgent', at(60)); // 24 h window: 36 h overdue → market office
  await actOnItem(db, dept(longOverdue), longOverdue.id, { action: 'accept' }, at(50));
  const closed = await raise(merchant, 'tax_invoice', 'normal', at(100));
  await actOnItem(db, dept(closed), closed.id, { action: 'accept' }, at(96));
  await actOnItem(db, dept(closed), closed.id, { action: 'reply', reply: '已电话指导申报，系统数据已更正。' }, at(70));
  await actOnItem(db, merchant, closed.id, { action: 'confirm', rating: 5, note: '很快，谢谢' }, at(65));
  const sweep = await sweepServiceItems(db, now);
  return { departments: depts.length, items, escalated: sweep.escalated.length };
}
