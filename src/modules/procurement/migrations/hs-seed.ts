/**
 * The starting prohibited/restricted list for mode 1039, by HS prefix (2, 4, 6,
 * 8 or 10 digits). Loaded once by migration 017; afterwards the operator keeps
 * the list (every edit is logged in proc_hs_rule_edits). Sources, by key
 * (full titles in docs/procurement.md):
 * - GACC-43: 《中华人民共和国禁止进出境物品表》 (海关总署令第43号, 1993).
 * - PEC-1…5: 《禁止出口货物目录》 first to fifth batches (MOFCOM, GACC et al., 2001–2008).
 * - ELC: 《出口许可证管理货物目录》 (MOFCOM/GACC, published every year).
 * - CITES: Convention on International Trade in Endangered Species (China's CITES Management Authority permits).
 * - GOV-2016-103: 国办发〔2016〕103号, end of commercial ivory processing and sale.
 * - NARC: 《麻醉药品和精神药品管理条例》 and 《易制毒化学品管理条例》 (export permits).
 * - MIL: 《中华人民共和国军品出口管理条例》 (military products: not ordinary trade).
 * - 1039: GACC announcement 2014 No. 54 — goods prohibited or restricted for export are excluded from market procurement.
 * Changing this list changes migration 017's digest: edit the live list through the API/CLI instead.
 */
export interface HsSeedRule {
  prefix: string;
  kind: 'prohibited' | 'restricted';
  reasonZh: string;
  reasonEn: string;
  source: string;
}

export const HS_SEED: readonly HsSeedRule[] = [
  {
    prefix: '93',
    kind: 'prohibited',
    reasonZh: '武器、弹药及其零附件',
    reasonEn: 'Arms and ammunition, their parts and accessories',
    source: 'GACC-43; MIL; 1039',
  },
  { prefix: '3601', kind: 'prohibited', reasonZh: '发射药（火药）', reasonEn: 'Propellent powders', source: 'GACC-43; 1039' },
  { prefix: '3602', kind: 'prohibited', reasonZh: '配制炸药', reasonEn: 'Prepared explosives', source: 'GACC-43; 1039' },
  { prefix: '3603', kind: 'prohibited', reasonZh: '雷管、导火索、引爆器等', reasonEn: 'Detonators, safety fuses, igniters', source: 'GACC-43; 1039' },
  {
    prefix: '3604',
    kind: 'restricted',
    reasonZh: '烟花爆竹（危险货物，需出口检验和危包证）',
    reasonEn: 'Fireworks (dangerous goods: export inspection and dangerous-packaging certificate)',
    source: '1039',
  },
  {
    prefix: '8710',
    kind: 'prohibited',
    reasonZh: '坦克及其他装甲战斗车辆（军品）',
    reasonEn: 'Tanks and other armoured fighting vehicles (military products)',
    source: 'MIL; 1039',
  },
  { prefix: '130211', kind: 'prohibited', reasonZh: '鸦片液汁及浸膏（毒品）', reasonEn: 'Opium saps and extracts (narcotics)', source: 'GACC-43; NARC' },
  { prefix: '121130', kind: 'prohibited', reasonZh: '古柯叶（毒品原植物）', reasonEn: 'Coca leaf (narcotic plant)', source: 'GACC-43; NARC' },
  {
    prefix: '2939',
    kind: 'restricted',
    reasonZh: '生物碱（含麻醉药品、精神药品、易制毒化学品），需出口许可',
    reasonEn: 'Alkaloids (including narcotic, psychotropic and precursor substances): export permit needed',
    source: 'NARC; ELC',
  },
  { prefix: '050710', kind: 'prohibited', reasonZh: '象牙及其粉末和废料', reasonEn: 'Ivory, its powder and waste', source: 'CITES; GOV-2016-103' },
  {
    prefix: '050790',
    kind: 'restricted',
    reasonZh: '兽角、蹄、甲等（犀牛角等濒危物种禁止；其余需濒危物种证明）',
    reasonEn: 'Horns, hooves, shells (rhinoceros horn prohibited; others need a CITES certificate)',
    source: 'PEC-1; CITES',
  },
  {
    prefix: '0106',
    kind: 'restricted',
    reasonZh: '其他活动物（野生动物需濒危物种证明）',
    reasonEn: 'Other live animals (wildlife needs a CITES certificate)',
    source: 'CITES',
  },
  {
    prefix: '290314',
    kind: 'prohibited',
    reasonZh: '四氯化碳（消耗臭氧层物质）',
    reasonEn: 'Carbon tetrachloride (ozone-depleting substance)',
    source: 'PEC-1',
  },
  { prefix: '4402', kind: 'prohibited', reasonZh: '木炭', reasonEn: 'Wood charcoal', source: 'PEC-2' },
  { prefix: '2505', kind: 'prohibited', reasonZh: '天然砂', reasonEn: 'Natural sands', source: 'PEC-4' },
  {
    prefix: '2612',
    kind: 'restricted',
    reasonZh: '铀矿砂、钍矿砂（核出口管制）',
    reasonEn: 'Uranium and thorium ores (nuclear export control)',
    source: 'ELC',
  },
  {
    prefix: '2844',
    kind: 'restricted',
    reasonZh: '放射性元素及同位素（核出口管制）',
    reasonEn: 'Radioactive elements and isotopes (nuclear export control)',
    source: 'ELC',
  },
  { prefix: '7108', kind: 'restricted', reasonZh: '金（需中国人民银行准许）', reasonEn: 'Gold (People’s Bank of China approval needed)', source: 'ELC' },
  { prefix: '4907', kind: 'restricted', reasonZh: '钞票、邮票、印花税票等', reasonEn: 'Banknotes, stamps, revenue stamps and similar', source: 'GACC-43' },
  {
    prefix: '9706',
    kind: 'restricted',
    reasonZh: '超过一百年的古物（文物出境需许可）',
    reasonEn: 'Antiques over 100 years old (cultural relics need an export permit)',
    source: 'GACC-43',
  },
  { prefix: '271012', kind: 'restricted', reasonZh: '轻质油（成品油出口需许可）', reasonEn: 'Light oils (refined oil exports need a licence)', source: 'ELC' },
];
