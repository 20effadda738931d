/**
 * Words for the generated market: the International Trade City's districts and
 * their specialities, the syllables merchants build shop names from, firm-name
 * suffixes, and generic title modifiers. Product kinds are catalogue reference data (src/modules/catalog/reference/product-kinds.ts).
 */
export interface Modifier {
  zh: string;
  en: string;
}
export interface DistrictSpec {
  market: string;
  no: number;
  zh: string;
  en: string;
  floors: number;
  topCategories: string[];
}

export const MARKETS: readonly { code: string; zh: string; en: string }[] = [{ code: 'ITC', zh: '义乌国际商贸城', en: 'Yiwu International Trade City' }];

/** Districts 1–5 of the International Trade City, specialised as in the real market. */
export const DISTRICTS: readonly DistrictSpec[] = [
  { market: 'ITC', no: 1, zh: '国际商贸城一区', en: 'District 1', floors: 4, topCategories: ['01', '02', '03', '04', '23'] },
  { market: 'ITC', no: 2, zh: '国际商贸城二区', en: 'District 2', floors: 4, topCategories: ['07', '08', '09', '10', '11'] },
  { market: 'ITC', no: 3, zh: '国际商贸城三区', en: 'District 3', floors: 4, topCategories: ['05', '06', '17', '18', '19'] },
  { market: 'ITC', no: 4, zh: '国际商贸城四区', en: 'District 4', floors: 4, topCategories: ['12', '13', '14', '15', '16'] },
  { market: 'ITC', no: 5, zh: '国际商贸城五区', en: 'District 5', floors: 5, topCategories: ['20', '21', '22', '24', '25', '26'] },
];

/** Auspicious syllables shop names are made of (金华, 鑫源, 宏达 …), with pinyin. */
export const BRAND_SYLLABLES: readonly { zh: string; pinyin: string }[] = [
  ['金', 'jin'],
  ['华', 'hua'],
  ['鑫', 'xin'],
  ['盛', 'sheng'],
  ['源', 'yuan'],
  ['达', 'da'],
  ['恒', 'heng'],
  ['祥', 'xiang'],
  ['兴', 'xing'],
  ['佳', 'jia'],
  ['美', 'mei'],
  ['宏', 'hong'],
  ['顺', 'shun'],
  ['丰', 'feng'],
  ['瑞', 'rui'],
  ['嘉', 'jia'],
  ['泰', 'tai'],
  ['永', 'yong'],
  ['鼎', 'ding'],
  ['昌', 'chang'],
  ['福', 'fu'],
  ['利', 'li'],
  ['韵', 'yun'],
  ['晨', 'chen'],
  ['星', 'xing'],
  ['浩', 'hao'],
  ['博', 'bo'],
  ['欣', 'xin'],
  ['诚', 'cheng'],
  ['信', 'xin'],
  ['优', 'you'],
  ['创', 'chuang'],
  ['亿', 'yi'],
  ['锦', 'jin'],
  ['凯', 'kai'],
  ['亮', 'liang'],
  ['新', 'xin'],
  ['天', 'tian'],
  ['宇', 'yu'],
  ['海', 'hai'],
  ['东', 'dong'],
  ['雅', 'ya'],
  ['诺', 'nuo'],
  ['汇', 'hui'],
  ['晶', 'jing'],
].map(([zh, pinyin]) => ({ zh: zh!, pinyin: pinyin! }));

/** What a firm trades, by top category, for names such as 义乌市金华饰品商行 / Yiwu Jinhua Jewelry Firm. */
export const TRADES: readonly { top: string; zh: string; en: string }[] = [
  ['01', '饰品', 'Jewelry'],
  ['01', '发饰', 'Hair Accessories'],
  ['02', '玩具', 'Toys'],
  ['03', '工艺品', 'Crafts'],
  ['04', '节庆用品', 'Party Supplies'],
  ['04', '圣诞用品', 'Christmas Decorations'],
  ['05', '文具', 'Stationery'],
  ['06', '体育用品', 'Sporting Goods'],
  ['07', '箱包', 'Bags'],
  ['08', '雨具', 'Umbrella'],
  ['09', '五金工具', 'Hardware Tools'],
  ['10', '电器', 'Electrical'],
  ['10', '电子', 'Electronics'],
  ['11', '钟表', 'Clock & Watch'],
  ['12', '日用品', 'Daily Goods'],
  ['13', '厨具', 'Kitchenware'],
  ['14', '袜业', 'Socks'],
  ['15', '服饰', 'Apparel'],
  ['16', '鞋业', 'Shoes'],
  ['17', '化妆品', 'Cosmetics'],
  ['18', '眼镜', 'Eyewear'],
  ['19', '拉链纽扣', 'Zipper & Button'],
  ['20', '汽车用品', 'Auto Accessories'],
  ['21', '宠物用品', 'Pet Products'],
  ['22', '家纺', 'Home Textile'],
  ['23', '仿真花', 'Artificial Flower'],
  ['24', '服装辅料', 'Garment Accessories'],
  ['25', '手机配件', 'Phone Accessories'],
  ['26', '进口商品', 'Import Goods'],
].map(([top, zh, en]) => ({ top: top!, zh: zh!, en: en! }));

export const FIRM_SUFFIXES: readonly Modifier[] = [
  { zh: '商行', en: 'Firm' },
  { zh: '商行', en: 'Firm' },
  { zh: '经营部', en: 'Trading Store' },
  { zh: '贸易有限公司', en: 'Trading Co., Ltd.' },
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '厂', en: 'Factory' },
];

export const COLOURS: readonly Modifier[] = [
  { zh: '红色', en: 'red' },
  { zh: '黑色', en: 'black' },
  { zh: '白色', en: 'white' },
  { zh: '粉色', en: 'pink' },
  { zh: '蓝色', en: 'blue' },
  { zh: '绿色', en: 'green' },
  { zh: '黄色', en: 'yellow' },
  { zh: '紫色', en: 'purple' },
  { zh: '灰色', en: 'grey' },
  { zh: '金色', en: 'gold' },
  { zh: '银色', en: 'silver' },
  { zh: '米色', en: 'beige' },
  { zh: '多色', en: 'multicolour' },
];

export const STYLES: readonly Modifier[] = [
  { zh: '创意', en: 'creative' },
  { zh: '卡通', en: 'cartoon' },
  { zh: '北欧风', en: 'Nordic style' },
  { zh: '简约', en: 'minimalist' },
  { zh: '复古', en: 'vintage' },
  { zh: '韩版', en: 'Korean style' },
  { zh: '新款', en: 'new' },
  { zh: '便携', en: 'portable' },
  { zh: '多功能', en: 'multifunctional' },
  { zh: '高档', en: 'premium' },
  { zh: '批发', en: 'wholesale' },
  { zh: '网红', en: 'trending' },
];

/** Modifiers that make sense only for some top categories. */
export const CATEGORY_MODIFIERS: Readonly<Record<string, readonly Modifier[]>> = {
  '01': [
    { zh: '时尚', en: 'fashion' },
    { zh: '轻奢', en: 'affordable luxury' },
    { zh: 'ins风', en: 'ins style' },
  ],
  '02': [
    { zh: '益智', en: 'educational' },
    { zh: '儿童', en: 'kids' },
    { zh: '网红', en: 'viral' },
  ],
  '04': [
    { zh: '圣诞', en: 'Christmas' },
    { zh: '万圣节', en: 'Halloween' },
    { zh: '生日派对', en: 'birthday party' },
    { zh: '新年', en: 'New Year' },
    { zh: '婚庆', en: 'wedding' },
  ],
  '05': [
    { zh: '学生', en: 'student' },
    { zh: '办公', en: 'office' },
  ],
  '06': [
    { zh: '户外', en: 'outdoor' },
    { zh: '专业', en: 'professional' },
  ],
  '12': [
    { zh: '家用', en: 'household' },
    { zh: '加厚', en: 'thickened' },
  ],
  '13': [
    { zh: '家用', en: 'household' },
    { zh: '食品级', en: 'food grade' },
  ],
  '15': [
    { zh: '秋冬', en: 'autumn winter' },
    { zh: '夏季', en: 'summer' },
  ],
  '16': [
    { zh: '防滑', en: 'non-slip' },
    { zh: '夏季', en: 'summer' },
  ],
  '20': [
    { zh: '车载', en: 'car' },
    { zh: '通用', en: 'universal' },
  ],
  '21': [{ zh: '宠物', en: 'pet' }],
  '22': [
    { zh: '纯棉', en: 'cotton' },
    { zh: '四季', en: 'all-season' },
  ],
  '25': [
    { zh: '快充', en: 'fast charging' },
    { zh: '防摔', en: 'shockproof' },
  ],
};
