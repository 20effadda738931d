/**
 * Spreadsheet problems worded for a reader, in Chinese or English: what is wrong
 * and what to type instead, from the code and its parameters (sheet-problems.ts).
 * The CLI prints these; the web UI has its own catalogues (web/src/i18n/sheets.*.ts)
 * with the same codes.
 */
import { unitChoices } from '../../core/units.ts';
import type { ProblemParams, SheetProblem } from './sheet-problems.ts';
import { columnLabel, type SheetLang } from './spreadsheet-columns.ts';

type Wording = (p: ProblemParams) => string;

const ZH: Record<string, Wording> = {
  UNKNOWN_COLUMN: (p) => `表头“${p.header}”不是已知的列；请改用模板中的列名（中文或英文）或删除该列`,
  DUPLICATE_COLUMN: (p) => `列“${p.header}”出现了两次；请删除其中一列`,
  MISSING_COLUMN: () => '缺少这一必填列；请按模板添加该列',
  REQUIRED: () => '不能为空；请填写',
  BAD_TEXT: (p) => `含有非文字字符 ${p.char ?? ''}；请删除后重新保存`,
  NOT_WHOLE_NUMBER: (p) => `“${p.value}”不是整数；请填写不小于 0 的整数，如 100`,
  NOT_NUMBER: (p) => `“${p.value}”不是数字；请填写正数，最多 3 位小数，如 12.5`,
  NOT_PRICE: (p) =>
    `“${p.value}”不是价格；请填写如 ${Number(p.decimals) ? `12.${'5'.padEnd(Number(p.decimals), '0')}` : '12'} 的金额（${p.currency}，最多 ${p.decimals} 位小数）`,
  TOO_MANY_DECIMALS: (p) => `“${p.value}”小数位太多；${p.currency} 最多 ${p.decimals} 位小数`,
  NOT_POSITIVE: (p) => `${p.value !== undefined ? `“${p.value}”` : ''}必须大于 0；请填写正数`,
  TOO_SMALL: (p) => `${p.value !== undefined ? `“${p.value}”` : ''}太小；请填写不小于 ${p.min} 的数`,
  TOO_BIG: (p) => `${p.value !== undefined ? `“${p.value}”` : ''}太大；请填写不大于 ${p.max} 的数`,
  TOO_SHORT: (p) => `太短；至少 ${p.min} 个字符`,
  TOO_LONG: (p) => `太长；最多 ${p.max} 个字符`,
  TOO_MANY: (p) => `太多；最多 ${p.max} 个`,
  UNKNOWN_CATEGORY: (p) => `“${p.value}”不是类目代码或名称；请从模板的下拉列表选择末级类目，或填写类目代码如 010401`,
  UNKNOWN_UNIT: (p) => `“${p.value}”不是可用的单位；请填写 ${unitChoices('zh').join('、')} 之一（也可用 pcs、set 等英文）`,
  UNKNOWN_CURRENCY: (p) => `“${p.value}”不是币种代码；请填写 CNY、USD 等 ISO 4217 代码，或留空（人民币）`,
  BAD_FORMAT: (p) =>
    `“${p.value ?? ''}”格式不对；${
      p.expected === 'sku'
        ? '货号只能含字母、数字及 . _ - / #'
        : p.expected === 'hs_code'
          ? '请填写 6、8 或 10 位数字的 HS 编码'
          : p.expected === 'url'
            ? '请填写以 http:// 或 https:// 开头的图片网址'
            : p.expected === 'language_tag'
              ? '语言请用 ar、ru、es-ES 这样的代码'
              : '请检查内容'
    }`,
  INVALID_OPTION: (p) => `“${p.value ?? ''}”不是可选值；请填写 ${p.options} 之一`,
  TIER_INCOMPLETE: (p) => `第 ${p.tier} 档价格缺少 ${columnLabel(String(p.missing), 'zh')}；数量和价格须成对填写`,
  TIER_ABOVE_MOQ: (p) => `第一档数量不能大于起订量 ${p.moq}；请填写 ≤ ${p.moq} 的数量或留空`,
  TIERS_NOT_RISING: (p) => `阶梯数量必须递增；请填写大于 ${p.previous} 的数量`,
  TIER_DEARER: () => '数量越多单价不能越高；请填写不高于上一档的单价',
  TITLE_REQUIRED: () => '中文标题和英文标题至少填写一个',
  BAD_PAIRS: (p) => `“${p.value}”格式不对；请写成 名称=值; 名称=值`,
  BAD_LIST: (p) => `“${p.value}”格式不对；图片每行一个或用 ; 分隔`,
  DUPLICATE_SKU: (p) => `货号 ${p.sku} 在第 ${p.firstRow} 行已出现；每个货号只能有一行`,
  IP_HOLD: (p) => `货号 ${p.sku} 因知识产权投诉已下架，在监管部门驳回投诉前不能上架；请把状态改为 hidden 或删除该行`,
  INVALID: () => '内容无效；请按填写说明修改',
};

const EN: Record<string, Wording> = {
  UNKNOWN_COLUMN: (p) => `"${p.header}" is not a known column; use a header of the template (Chinese or English) or remove the column`,
  DUPLICATE_COLUMN: (p) => `the column "${p.header}" appears twice; remove one of them`,
  MISSING_COLUMN: () => 'this required column is missing; add it as in the template',
  REQUIRED: () => 'is empty; fill it in',
  BAD_TEXT: (p) => `contains ${p.char ?? 'a character'}, which is not text; remove it and save again`,
  NOT_WHOLE_NUMBER: (p) => `"${p.value}" is not a whole number; type a whole number ≥ 0 such as 100`,
  NOT_NUMBER: (p) => `"${p.value}" is not a number; type a positive number with at most 3 decimals, such as 12.5`,
  NOT_PRICE: (p) =>
    `"${p.value}" is not a price; type an amount such as ${Number(p.decimals) ? `12.${'5'.padEnd(Number(p.decimals), '0')}` : '12'} (${p.currency}, at most ${p.decimals} decimals)`,
  TOO_MANY_DECIMALS: (p) => `"${p.value}" has too many decimals; ${p.currency} has at most ${p.decimals}`,
  NOT_POSITIVE: (p) => `${p.value !== undefined ? `"${p.value}" ` : ''}must be more than 0; type a positive number`,
  TOO_SMALL: (p) => `${p.value !== undefined ? `"${p.value}" ` : ''}is too small; type ${p.min} or more`,
  TOO_BIG: (p) => `${p.value !== undefined ? `"${p.value}" ` : ''}is too large; type ${p.max} or less`,
  TOO_SHORT: (p) => `is too short; at least ${p.min} characters`,
  TOO_LONG: (p) => `is too long; at most ${p.max} characters`,
  TOO_MANY: (p) => `has too many entries; at most ${p.max}`,
  UNKNOWN_CATEGORY: (p) => `"${p.value}" is not a category code or name; pick a leaf category from the template's list or type its code, such as 010401`,
  UNKNOWN_UNIT: (p) => `"${p.value}" is not a unit; type one of ${unitChoices('en').join(', ')} (Chinese names and codes such as 个 or H87 work too)`,
  UNKNOWN_CURRENCY: (p) => `"${p.value}" is not a currency code; type an ISO 4217 code such as CNY or USD, or leave it blank for CNY`,
  BAD_FORMAT: (p) =>
    `"${p.value ?? ''}" has the wrong form; ${
      p.expected === 'sku'
        ? 'a SKU may hold letters, digits and . _ - / # only'
        : p.expected === 'hs_code'
          ? 'type an HS code of 6, 8 or 10 digits'
          : p.expected === 'url'
            ? 'type an image URL starting with http:// or https://'
            : p.expected === 'language_tag'
              ? 'name languages by codes such as ar, ru or es-ES'
              : 'check the text'
    }`,
  INVALID_OPTION: (p) => `"${p.value ?? ''}" is not allowed; type one of ${p.options}`,
  TIER_INCOMPLETE: (p) => `price tier ${p.tier} lacks ${columnLabel(String(p.missing), 'en')}; fill in the quantity and the price together`,
  TIER_ABOVE_MOQ: (p) => `the first tier may not start above the MOQ (${p.moq}); type ${p.moq} or less, or leave it blank`,
  TIERS_NOT_RISING: (p) => `tier quantities must rise; type more than ${p.previous}`,
  TIER_DEARER: () => 'a larger quantity may not cost more per unit; type a price no higher than the tier before',
  TITLE_REQUIRED: () => 'give a Chinese title, an English title or both',
  BAD_PAIRS: (p) => `"${p.value}" has the wrong form; write name=value; name=value`,
  BAD_LIST: (p) => `"${p.value}" has the wrong form; put one image on each line or separate them with ;`,
  DUPLICATE_SKU: (p) => `SKU ${p.sku} already appears in row ${p.firstRow}; each SKU may have one row only`,
  IP_HOLD: (p) =>
    `SKU ${p.sku} is taken down on an IP complaint and cannot be set active until a regulator rejects the complaint; set the status to hidden or remove the row`,
  INVALID: () => 'is not valid; see the instructions',
};

/** One problem as a line for a reader: "row 3, Price 1: …" / "第 3 行，价格1：…". */
export function wordProblem(p: SheetProblem, lang: SheetLang): string {
  const words = lang === 'zh' ? ZH : EN;
  const text = (words[p.code] ?? words.INVALID!)(p.params);
  const col = columnLabel(p.column, lang);
  return lang === 'zh' ? `第 ${p.row} 行，${col}：${text}` : `row ${p.row}, ${col}: ${text}`;
}

/** The codes worded here (a test checks the web catalogues word the same ones). */
export const PROBLEM_CODES = Object.keys(EN);
