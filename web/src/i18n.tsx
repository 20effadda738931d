import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';

const zh = {
  brand: '义乌小商品市场', tagline: '7.5万商位 · 210万种商品 · 买全球、卖全球', categories: '商品类目', allCategories: '全部类目',
  home: '首页', products: '商品', sortNewest: '最新', sortPriceAsc: '价格从低到高', sortPriceDesc: '价格从高到低', results: '件商品',
  prev: '上一页', next: '下一页', page: '第 {n} 页', moq: '起订量', price: '价格', tieredPrice: '阶梯价', quantity: '采购数量', unitPrice: '单价',
  stock: '库存', hsCode: 'HS编码', carton: '外箱规格', perCarton: '每箱', grossWeight: '毛重', attributes: '商品属性', description: '商品描述',
  stall: '商位', merchant: '经营户', visitShop: '进入店铺', shop: '店铺', address: '商位地址', holder: '经营户', since: '起始',
  history: '商位流转记录', from: '自', to: '至', now: '至今', goToStall: '按商位地址找店铺', addressPlaceholder: '如 2区3楼21街12345 或 D2-F3-S21-12345',
  go: '前往', notFound: '没有找到', loading: '加载中…', error: '出错了', signIn: '登录', signOut: '退出', username: '用户名', password: '密码',
  merchantCentre: '商家中心', importSheet: '导入表格 (xlsx/csv)', exportXlsx: '导出 xlsx', exportCsv: '导出 csv', imported: '导入完成',
  importRejected: '导入被拒绝，没有写入任何数据', row: '行', column: '列', reason: '原因', district: '区', floor: '楼', street: '街',
  myProducts: '我的商品', newCount: '新增', updatedCount: '更新', area: '面积', language: 'English', market: '市场', subcategories: '子类目',
  search: '搜索', commodityIndex: '小商品指数', loadPlanner: '装箱规划',
};
const en: typeof zh = {
  brand: 'Yiwu Commodity Market', tagline: '75,000 stalls · 2.1 million products · buy from the world, sell to the world', categories: 'Categories',
  allCategories: 'All categories', home: 'Home', products: 'Products', sortNewest: 'Newest', sortPriceAsc: 'Price: low to high',
  sortPriceDesc: 'Price: high to low', results: 'products', prev: 'Previous', next: 'Next', page: 'Page {n}', moq: 'MOQ', price: 'Price',
  tieredPrice: 'Tiered prices', quantity: 'Quantity', unitPrice: 'Unit price', stock: 'Stock', hsCode: 'HS code', carton: 'Carton',
  perCarton: 'per carton', grossWeight: 'gross', attributes: 'Attributes', description: 'Description', stall: 'Stall', merchant: 'Merchant',
  visitShop: 'Visit shop', shop: 'Shop', address: 'Stall address', holder: 'Merchant', since: 'since', history: 'Use-right history',
  from: 'from', to: 'to', now: 'now', goToStall: 'Go to a stall by address', addressPlaceholder: 'e.g. 2区3楼21街12345 or D2-F3-S21-12345',
  go: 'Go', notFound: 'Not found', loading: 'Loading…', error: 'Something went wrong', signIn: 'Sign in', signOut: 'Sign out',
  username: 'Username', password: 'Password', merchantCentre: 'Merchant centre', importSheet: 'Import spreadsheet (xlsx/csv)',
  exportXlsx: 'Export xlsx', exportCsv: 'Export csv', imported: 'Imported', importRejected: 'Import rejected; nothing was written',
  row: 'Row', column: 'Column', reason: 'Reason', district: 'District', floor: 'Floor', street: 'Street', myProducts: 'My products',
  newCount: 'new', updatedCount: 'updated', area: 'Area', language: '中文', market: 'Market', subcategories: 'Subcategories',
  search: 'Search', commodityIndex: 'Commodity index', loadPlanner: 'Load planner',
};
export const MESSAGES = { zh, en };
export type Messages = typeof zh;

export const LangContext = createContext<{ lang: Lang; t: Messages; setLang: (l: Lang) => void }>({ lang: 'zh', t: zh, setLang: () => {} });
export const useI18n = () => useContext(LangContext);

/** Pick the text for the current language, falling back to the other. */
export function pick(lang: Lang, zhText: string | null | undefined, enText: string | null | undefined): string {
  return (lang === 'zh' ? zhText || enText : enText || zhText) ?? '';
}

export function money(minor: number, currency: string): string {
  const exp = currency === 'JPY' || currency === 'KRW' ? 0 : 2;
  const sym = currency === 'CNY' ? '¥' : currency === 'USD' ? '$' : currency + ' ';
  const digits = String(Math.abs(minor)).padStart(exp + 1, '0');
  const text = exp ? `${digits.slice(0, -exp)}.${digits.slice(-exp)}` : digits;
  return (minor < 0 ? '-' : '') + sym + text;
}
