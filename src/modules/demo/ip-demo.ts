/**
 * Demo IP complaints (issue 13), one in every state, so the /credit/ip page has
 * something to show: against the demo merchant's listings a complaint filed by
 * merchant2 (listing still up), one taken down on a brand owner's complaint the
 * operator filed (the merchant may counter-notice), one counter-noticed and
 * waiting for the regulator, one rejected (listing restored); and one upheld
 * against another merchant (listing stays down, credit event ip_infringement).
 * The steps are those of src/flows/ip-takedown.ts (a module cannot import a
 * flow): the credit module's record and the catalogue's hold, each step in one
 * transaction. The listings are the merchants' last ones, so tests that take a
 * merchant's first listings find them as generated.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { DB } from '../../core/db/schema.ts';
import type { Actor } from '../../core/auth/index.ts';
import { setListingStatus } from '../catalog/index.ts';
import { getEntity } from '../market/index.ts';
import * as credit from '../credit/index.ts';

export interface IpDemoActors {
  operator: Actor;
  regulator: Actor;
  merchant: Actor;
  merchant2: Actor;
  /** A merchant (no sign-in) whose listing a complaint against is upheld. */
  infringer: number;
}

type Db = Kysely<DB>;
const lastListings = async (db: Db, merchantId: number, n: number): Promise<number[]> =>
  (
    await db.selectFrom('products').select('id').where('merchant_id', '=', merchantId).where('status', '=', 'active').orderBy('id', 'desc').limit(n).execute()
  ).map((r) => r.id);

async function file(db: Db, actor: Actor, productId: number, merchantId: number, body: Record<string, unknown>): Promise<number> {
  // a rights holder complains in its own name (as the flow does)
  const filer = actor.role !== 'operator' && actor.entityId ? await getEntity(db, actor.entityId) : null;
  const complainantName = filer ? (filer.nameZh ?? filer.nameEn) : null;
  return db.transaction().execute(async (tx) => (await credit.fileIpNotice(tx, actor, { productId, ...body }, { merchantId, complainantName })).id);
}
async function takeDown(db: Db, actor: Actor, id: number, productId: number, reason: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await credit.markIpTakedown(tx, actor, id, { reason }, 'active');
    await setListingStatus(tx, productId, 'hidden', { ipHold: true });
  });
}
async function decide(db: Db, actor: Actor, id: number, outcome: 'upheld' | 'rejected', reason: string): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const r = await credit.decideIpNotice(tx, actor, id, { outcome, reason });
    if (outcome === 'upheld') await setListingStatus(tx, r.notice.productId, 'hidden', { ipHold: true });
    else if (r.restoreTo) await setListingStatus(tx, r.notice.productId, r.restoreTo, { ipHold: false });
  });
}

/** Five complaints, one per state (filed, taken_down, countered, upheld, rejected); returns their ids by state. */
export async function loadIpDemo(database: Database, a: IpDemoActors): Promise<Record<credit.IpNoticeStatus, number>> {
  const db = database.db;
  const me = a.merchant.entityId!;
  const [pFiled, pDown, pCountered, pRejected] = (await lastListings(db, me, 4)) as [number, number, number, number];
  const [pUpheld] = (await lastListings(db, a.infringer, 1)) as [number];

  const filed = await file(db, a.merchant2, pFiled, me, {
    rightKind: 'trademark',
    rightRef: '第 23456789 号商标',
    claim: '该商品图片和标题使用了我司注册商标“晨光星”，并非我司授权产品。',
    evidenceRefs: ['商标注册证 第23456789号', '网页截图 2026-11-02'],
  });

  const down = await file(db, a.operator, pDown, me, {
    complainant: '杭州云梦玩具有限公司',
    rightKind: 'copyright',
    rightRef: '国作登字-2024-F-00012345',
    claim: '商品使用了我司享有著作权的卡通形象“云梦兔”，未经许可复制销售。',
    evidenceRefs: ['作品登记证书', '公证购买记录 (2026) 浙义证字第 1021 号'],
  });
  await takeDown(db, a.operator, down, pDown, '权利证明与公证购买记录一致，先行下架待处理');

  const countered = await file(db, a.merchant2, pCountered, me, {
    rightKind: 'design',
    rightRef: 'ZL 2023 3 0456789.1',
    claim: 'The product copies our registered design of a folding storage box (patent ZL 2023 3 0456789.1).',
    evidenceRefs: ['Design patent certificate', 'Side-by-side photos'],
  });
  await takeDown(db, a.operator, countered, pCountered, 'design appears identical to the registered one; taken down pending a decision');
  await db.transaction().execute((tx) =>
    credit.counterIpNotice(tx, a.merchant, countered, {
      statement: '该款式为我司自行设计，2022 年已公开销售，早于对方外观专利申请日。',
      evidenceRefs: ['2022 年销售合同及发票', '产品设计稿（2021 年）'],
    }),
  );

  const upheld = await file(db, a.operator, pUpheld, a.infringer, {
    complainant: 'Sunrise Brands Ltd',
    rightKind: 'trademark',
    rightRef: 'TM 1234567 (CN)',
    claim: 'Counterfeit goods bearing the SUNRISE mark, confirmed by a test purchase.',
    evidenceRefs: ['Trademark certificate', 'Test purchase report TP-2026-088'],
  });
  await takeDown(db, a.regulator, upheld, pUpheld, '试购确认为假冒商品');
  await decide(db, a.regulator, upheld, 'upheld', '经鉴定为假冒注册商标商品，投诉成立');

  const rejected = await file(db, a.merchant2, pRejected, me, {
    rightKind: 'patent',
    rightRef: 'ZL 2021 2 0987654.3',
    claim: '商品的卡扣结构落入我司实用新型专利的保护范围。',
    evidenceRefs: ['实用新型专利证书', '结构对比图'],
  });
  await takeDown(db, a.operator, rejected, pRejected, '结构相似，下架待核实');
  await db.transaction().execute((tx) =>
    credit.counterIpNotice(tx, a.merchant, rejected, {
      statement: '我司卡扣结构与专利权利要求不同，并有现有技术抗辩。',
      evidenceRefs: ['技术比对报告', '现有技术文献 CN2019xxxx'],
    }),
  );
  await decide(db, a.regulator, rejected, 'rejected', '结构不落入专利保护范围，投诉不成立，恢复上架');

  return { filed, taken_down: down, countered, upheld, rejected };
}
