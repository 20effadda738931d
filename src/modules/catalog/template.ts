/**
 * The product import template: an xlsx that merchants fill in and upload.
 * Sheet 1 has the headers in the reader's language (required ones marked in
 * colour), one example row and drop-down lists (data validation) for the
 * category (leaf codes with their names: "010401 发夹发卡") and the unit (its
 * names in that language); an instructions sheet says, column by column, what
 * to type; a third sheet holds the lists the drop-downs read.
 */
import ExcelJS from 'exceljs';
import { UNIT_DEFS, unitName } from '../../core/units.ts';
import { categoryLeaves } from './reference/category-tree.ts';
import { COLUMNS, columnLabel, type ColumnKey, type SheetLang } from './spreadsheet-columns.ts';
import { priceFormat } from './export.ts';

/** Rows of the data sheet that get the drop-down lists (the import's row limit). */
const LIST_ROWS = 200_001;

const HELP: Record<ColumnKey, { zh: string; en: string }> = {
  sku: {
    zh: '您的货号，每行唯一；已有货号的行会更新该商品。字母、数字及 . _ - / #',
    en: 'Your item number, unique per row; a row with an existing SKU updates that product. Letters, digits and . _ - / #',
  },
  category: {
    zh: '从下拉列表选择末级类目，或填写类目代码（如 010401）或类目名称',
    en: 'Pick a leaf category from the list, or type its code (e.g. 010401) or its name',
  },
  title_zh: {
    zh: '中文标题，最多 200 字；中文标题和英文标题至少填一个',
    en: 'Title in Chinese, up to 200 characters; give a Chinese or an English title (or both)',
  },
  title_en: { zh: '英文标题，最多 300 字符', en: 'Title in English, up to 300 characters' },
  description_zh: { zh: '中文描述，可换行', en: 'Description in Chinese; line breaks are kept' },
  description_en: { zh: '英文描述，可换行', en: 'Description in English; line breaks are kept' },
  unit: {
    zh: '从下拉列表选择；也可填 个/件/只、套、双、打、箱 或 pcs、set、pair、H87 等',
    en: 'Pick from the list; 个, pcs, piece, H87 (UN/ECE Rec 20 codes) and the other usual names are read too',
  },
  moq: { zh: '起订量，整数 ≥ 1', en: 'Minimum order quantity, a whole number ≥ 1' },
  currency: { zh: '币种代码，留空为 CNY（人民币）', en: 'Currency code (ISO 4217); blank means CNY' },
  qty_1: { zh: '第一档起订数量，留空即起订量', en: 'Quantity from which price 1 applies; blank means the MOQ' },
  price_1: { zh: '单价（元），如 3.50', en: 'Unit price in the currency, e.g. 3.50' },
  qty_2: {
    zh: '阶梯价：数量k 与 价格k 成对填写，数量递增、单价不升；最多 10 档',
    en: 'Price tiers: fill Qty k and Price k together; quantities rise, prices never go up; up to 10 tiers',
  },
  price_2: { zh: '第 2 档单价', en: 'Unit price of tier 2' },
  qty_3: { zh: '', en: '' },
  price_3: { zh: '', en: '' },
  qty_4: { zh: '', en: '' },
  price_4: { zh: '', en: '' },
  qty_5: { zh: '', en: '' },
  price_5: { zh: '', en: '' },
  qty_6: { zh: '', en: '' },
  price_6: { zh: '', en: '' },
  qty_7: { zh: '', en: '' },
  price_7: { zh: '', en: '' },
  qty_8: { zh: '', en: '' },
  price_8: { zh: '', en: '' },
  qty_9: { zh: '', en: '' },
  price_9: { zh: '', en: '' },
  qty_10: { zh: '', en: '' },
  price_10: { zh: '', en: '' },
  stock: { zh: '库存，整数，留空为 0', en: 'Stock, a whole number; blank means 0' },
  hs_code: { zh: '海关 HS 编码，6、8 或 10 位数字（可带点）', en: 'Customs HS code, 6, 8 or 10 digits (dots allowed)' },
  carton_units: { zh: '每箱装多少个（按上面的单位）', en: 'Units (as above) in one carton' },
  carton_length_cm: { zh: '外箱长，厘米', en: 'Carton length in cm' },
  carton_width_cm: { zh: '外箱宽，厘米', en: 'Carton width in cm' },
  carton_height_cm: { zh: '外箱高，厘米', en: 'Carton height in cm' },
  carton_gross_kg: { zh: '外箱毛重，千克', en: 'Carton gross weight in kg' },
  attributes: { zh: '属性，格式 名称=值; 名称=值，如 材质=合金; 颜色=金色', en: 'Attributes as name=value; name=value, e.g. material=alloy; colour=gold' },
  titles: { zh: '其他语言标题，如 ar=...; ru=...', en: 'Titles in other languages, e.g. ar=...; ru=...' },
  images: { zh: '图片网址或文件名，每行一个或用 ; 分隔', en: 'Image URLs or file names, one a line or separated by ;' },
  status: { zh: 'active（上架）或 hidden（下架），留空为上架', en: 'active or hidden; blank means active' },
};

const EXAMPLE: Partial<Record<ColumnKey, { zh: string | number; en: string | number }>> = {
  sku: { zh: 'HC-1001', en: 'HC-1001' },
  category: { zh: '010401 发夹发卡', en: '010401 Hair clips & hair pins' },
  title_zh: { zh: '韩版珍珠发夹', en: '韩版珍珠发夹' },
  title_en: { zh: 'Korean style pearl hair clip', en: 'Korean style pearl hair clip' },
  unit: { zh: unitName('pcs', 'zh'), en: unitName('pcs', 'en') },
  moq: { zh: 120, en: 120 },
  currency: { zh: 'CNY', en: 'CNY' },
  price_1: { zh: 3.5, en: 3.5 },
  qty_2: { zh: 600, en: 600 },
  price_2: { zh: 3.2, en: 3.2 },
  stock: { zh: 1000, en: 1000 },
  hs_code: { zh: '9615190000', en: '9615190000' },
  carton_units: { zh: 240, en: 240 },
  carton_length_cm: { zh: 50, en: 50 },
  carton_width_cm: { zh: 40, en: 40 },
  carton_height_cm: { zh: 35, en: 35 },
  carton_gross_kg: { zh: 12.5, en: 12.5 },
  attributes: { zh: '材质=合金; 颜色=金色', en: 'material=alloy; colour=gold' },
  images: { zh: 'https://example.com/hc-1001.jpg', en: 'https://example.com/hc-1001.jpg' },
};

const TEXT = {
  zh: {
    data: '商品',
    help: '填写说明',
    lists: '下拉列表',
    column: '列',
    required: '必填',
    yes: '是',
    what: '填写内容',
    example: '示例',
    intro: '每行一个商品，第 1 行为表头（中文或英文均可）。示例行请替换或删除。上传时所有行都检查，全部正确才会导入。',
    categories: '类目',
    units: '单位',
  },
  en: {
    data: 'Products',
    help: 'Instructions',
    lists: 'Lists',
    column: 'Column',
    required: 'Required',
    yes: 'yes',
    what: 'What to type',
    example: 'Example',
    intro:
      'One product a row under the header row (headers in Chinese or English). Replace or delete the example row. Every row is checked on upload; nothing is imported unless all rows are good.',
    categories: 'Category',
    units: 'Unit',
  },
} as const;

const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/**
 * The import template in a language, as xlsx bytes.
 * @example
 * ```ts
 * await writeFile('template.xlsx', await productTemplate('zh'));
 * ```
 */
export async function productTemplate(lang: SheetLang): Promise<Buffer> {
  const t = TEXT[lang];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t.data, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(t.help);
  const lists = wb.addWorksheet(t.lists);

  ws.columns = COLUMNS.map((c) => ({
    width: c.kind === 'text' ? 18 : 11,
    ...(c.kind === 'text' ? { style: { numFmt: '@' } } : {}),
  }));
  const head = ws.addRow(COLUMNS.map((c) => columnLabel(c.key, lang)));
  head.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.note = HELP[c.key][lang] || HELP.qty_2[lang];
    if ('required' in c && c.required) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE699' } };
  });
  const example = ws.addRow(COLUMNS.map((c) => EXAMPLE[c.key]?.[lang] ?? null));
  COLUMNS.forEach((c, i) => {
    if (c.kind === 'price' && EXAMPLE[c.key]) example.getCell(i + 1).numFmt = priceFormat('CNY');
  });

  // the lists the drop-downs read (an inline list may hold only 255 characters)
  const leaves = categoryLeaves();
  lists.addRow([t.categories, t.units]).font = { bold: true };
  const n = Math.max(leaves.length, UNIT_DEFS.length);
  for (let i = 0; i < n; i++) {
    const leaf = leaves[i];
    const unit = UNIT_DEFS[i];
    lists.addRow([leaf ? `${leaf.code} ${leaf[lang]}` : null, unit ? unit[lang] : null]);
  }
  lists.getColumn(1).width = 40;
  lists.getColumn(2).width = 16;
  const listRef = (col: string, count: number) => `'${t.lists}'!$${col}$2:$${col}$${count + 1}`;
  const colOf = (key: ColumnKey) => colLetter(COLUMNS.findIndex((c) => c.key === key) + 1);
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  dv.add(`${colOf('category')}2:${colOf('category')}${LIST_ROWS}`, {
    type: 'list',
    allowBlank: true,
    formulae: [listRef('A', leaves.length)],
    // names and codes typed by hand are read too: warn, do not refuse
    showErrorMessage: false,
  });
  dv.add(`${colOf('unit')}2:${colOf('unit')}${LIST_ROWS}`, {
    type: 'list',
    allowBlank: true,
    formulae: [listRef('B', UNIT_DEFS.length)],
    showErrorMessage: false,
  });

  help.columns = [{ width: 26 }, { width: 10 }, { width: 90 }, { width: 34 }];
  help.addRow([t.intro]);
  help.mergeCells('A1:D1');
  help.getRow(1).alignment = { wrapText: true };
  help.getRow(1).height = 36;
  help.addRow([t.column, t.required, t.what, t.example]).font = { bold: true };
  for (const c of COLUMNS) {
    const ex = EXAMPLE[c.key]?.[lang];
    help.addRow([columnLabel(c.key, lang), 'required' in c && c.required ? t.yes : '', HELP[c.key][lang], ex === undefined ? '' : String(ex)]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
