import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema.ts';
import { notFound } from '../../core/errors.ts';
import { CATEGORY_TREE, type CategoryNode } from './reference/category-tree.ts';

export interface Category {
  id: number;
  code: string;
  level: number;
  nameZh: string;
  nameEn: string;
  parentCode: string | null;
}
export interface CategoryTreeNode extends Category {
  children: CategoryTreeNode[];
  productCount?: number;
}

/**
 * Category ids are derived from codes ("0103" → 103, "010302" → 10302), stable across installs.
 * @example
 * ```ts
 * categoryIdOf('010302'); // 10302
 * ```
 */
export const categoryIdOf = (code: string): number => Number(code);

/**
 * Rows for the reference tree, parents before children.
 * Pure: it reads no database (`seedCategories` writes these rows).
 * @example
 * ```ts
 * const rows = categoryRows(); // [{ id: 1, parent_id: null, code: '01', level: 1, name_zh, name_en }, …]
 * ```
 */
export function categoryRows(tree: readonly CategoryNode[] = CATEGORY_TREE) {
  const rows: { id: number; parent_id: number | null; code: string; level: number; name_zh: string; name_en: string }[] = [];
  const walk = (nodes: readonly CategoryNode[], parent: string | null, level: number) => {
    for (const n of nodes) {
      rows.push({ id: categoryIdOf(n.code), parent_id: parent ? categoryIdOf(parent) : null, code: n.code, level, name_zh: n.zh, name_en: n.en });
      if (n.children) walk(n.children, n.code, level + 1);
    }
  };
  walk(tree, null, 1);
  return rows;
}

/**
 * Insert the reference category tree (idempotent: names are refreshed, codes never change).
 * Returns how many categories the reference tree has.
 * @example
 * ```ts
 * const n = await seedCategories(db);
 * ```
 */
export async function seedCategories(db: Kysely<DB>): Promise<number> {
  const rows = categoryRows();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('categories')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name_zh: eb.ref('excluded.name_zh'), name_en: eb.ref('excluded.name_en') })))
      .execute();
  }
  return rows.length;
}

async function allCategories(db: Kysely<DB>): Promise<Category[]> {
  const rows = await db
    .selectFrom('categories as c')
    .leftJoin('categories as p', 'p.id', 'c.parent_id')
    .select(['c.id', 'c.code', 'c.level', 'c.name_zh', 'c.name_en', 'p.code as parent_code'])
    .orderBy('c.code')
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, level: r.level, nameZh: r.name_zh, nameEn: r.name_en, parentCode: r.parent_code }));
}

/**
 * The category tree as stored in the database, roots first, each node with its
 * children in code order (for menus and the `GET /api/categories` response).
 * @example
 * ```ts
 * const roots = await categoryTree(db);
 * for (const root of roots) console.log(root.code, root.nameZh, root.children.length);
 * ```
 */
export async function categoryTree(db: Kysely<DB>): Promise<CategoryTreeNode[]> {
  const cats = await allCategories(db);
  const byCode = new Map<string, CategoryTreeNode>();
  const roots: CategoryTreeNode[] = [];
  for (const c of cats) {
    const node: CategoryTreeNode = { ...c, children: [] };
    byCode.set(c.code, node);
    const parent = c.parentCode ? byCode.get(c.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * A category with its ancestors (breadcrumbs) and children.
 * Throws `NOT_FOUND` when no category has that code.
 * @example
 * ```ts
 * const cat = await getCategory(db, '010302');
 * ```
 */
export async function getCategory(db: Kysely<DB>, code: string) {
  const cat = await db.selectFrom('categories').selectAll().where('code', '=', code).executeTakeFirst();
  if (!cat) throw notFound('category', code);
  const ancestors = [];
  for (let len = 2; len < code.length; len += 2) {
    const a = await db.selectFrom('categories').select(['code', 'name_zh', 'name_en']).where('code', '=', code.slice(0, len)).executeTakeFirst();
    if (a) ancestors.push({ code: a.code, nameZh: a.name_zh, nameEn: a.name_en });
  }
  const children = await db.selectFrom('categories').select(['code', 'name_zh', 'name_en']).where('parent_id', '=', cat.id).orderBy('code').execute();
  return {
    code: cat.code,
    level: cat.level,
    nameZh: cat.name_zh,
    nameEn: cat.name_en,
    ancestors,
    children: children.map((c) => ({ code: c.code, nameZh: c.name_zh, nameEn: c.name_en })),
  };
}

/** Resolve a category by code or by its exact Chinese or English name (as merchants type it in spreadsheets). */
export function categoryResolver(cats: readonly { id: number; code: string; name_zh: string; name_en: string }[]) {
  const map = new Map<string, number>();
  for (const c of cats) {
    map.set(c.code, c.id);
    map.set(c.name_zh, c.id);
    map.set(c.name_en.toLowerCase(), c.id);
  }
  return (text: string): number | undefined => map.get(text.trim()) ?? map.get(text.trim().toLowerCase());
}
