import { useState } from 'react';
import { UNIT_DEFS } from '../../../src/core/units.ts';
import { api, auth, ApiError, type Page, type Product } from '../api.ts';
import { errorText, fmt, type Lang, type Messages, useI18n } from '../i18n.tsx';
import { useRouter } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { ProductCard, Status } from './common.tsx';
import { ProductImagesEditor } from './product-images-editor.tsx';

interface Me {
  id: number;
  username: string;
  role: string;
  entityId: number | null;
  displayName: string | null;
}
type Report = { rows: number; created: number; updated: number };
/** One problem of an import, as the API reports it: a stable code and its parameters. */
type Problem = { row: number; column: string; code: string; params?: Record<string, string | number> };
type Rejection = { count: number; rows: number; errors: Problem[] } | { message: string };

/** Problems listed at most (the summary counts them all). */
const SHOWN = 200;

/** A column key (price_3, carton_units) as the reader's language names it. */
function columnName(s: Messages['sheets'], key: string): string {
  const tier = /^(qty|price)_(\d+)$/.exec(key);
  if (tier) return fmt(s.columns[tier[1] as 'qty' | 'price'], { n: tier[2]! });
  return (s.columns as Record<string, string>)[key] ?? key;
}

/** What is wrong and what to type instead, from the code and its parameters. */
function problemText(s: Messages['sheets'], lang: Lang, p: Problem): string {
  const params = p.params ?? {};
  const vars: Record<string, string | number> = { ...params, code: p.code };
  if (p.code === 'UNKNOWN_UNIT') vars.units = UNIT_DEFS.map((u) => u[lang]).join(lang === 'zh' ? '、' : ', ');
  if (p.code === 'BAD_FORMAT') vars.expected = (s.formats as Record<string, string>)[String(params.expected)] ?? s.formats.text;
  if (p.code === 'TIER_INCOMPLETE') vars.missing = columnName(s, String(params.missing ?? ''));
  if (vars.value === undefined) vars.value = '';
  const text = (s.problems as Record<string, string>)[p.code] ?? s.problems.INVALID;
  return fmt(text, vars);
}

/** The merchant centre: own products, the import template, spreadsheet import with every problem worded, export. */
export function MerchantPage() {
  const { t, lang } = useI18n();
  const s = t.sheets;
  const { navigate } = useRouter();
  const me = useApi<Me>(auth.token ? '/api/auth/me' : null);
  // Only the query keys the API knows (it refuses unknown ones); an import refreshes the list with reload().
  const products = useApi<Page<Product>>(me.data?.entityId ? `/api/products?merchant=${me.data.entityId}&pageSize=12` : null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [rejection, setRejection] = useState<Rejection | null>(null);
  /** The product whose pictures are being edited. */
  const [editing, setEditing] = useState<number | null>(null);
  if (!auth.token) {
    return (
      <p>
        <button type="button" onClick={() => navigate('/sign-in')}>
          {t.signIn}
        </button>
      </p>
    );
  }
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  const upload = async (file: File) => {
    setReport(null);
    setRejection(null);
    setBusy(true);
    const isCsv = file.name.toLowerCase().endsWith('.csv');
    try {
      const r = await api<Report>('/api/products/import', {
        method: 'POST',
        body: file,
        headers: { 'content-type': isCsv ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      });
      setReport(r);
      products.reload();
    } catch (e) {
      const d = e instanceof ApiError && e.code === 'IMPORT_REJECTED' ? (e.details as { errorCount?: number; errors?: Problem[] } | undefined) : undefined;
      if (d?.errors) setRejection({ count: d.errorCount ?? d.errors.length, rows: new Set(d.errors.map((x) => x.row)).size, errors: d.errors });
      else setRejection({ message: errorText(t, e) });
    } finally {
      setBusy(false);
    }
  };
  const save = async (path: string, name: string) => {
    const blob = await api<Blob>(path);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
  };
  // exports carry headers in the reader's language (the API has Chinese and English; Arabic readers get English)
  const sheetLang = lang === 'zh' ? 'zh' : 'en';
  const signOut = async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => {});
    auth.token = null;
    navigate('/');
  };
  return (
    <>
      <h1>{t.merchantCentre}</h1>
      <p data-testid="me">
        {me.data.displayName ?? me.data.username} ({(t.roles as Record<string, string>)[me.data.role] ?? me.data.role}){' '}
        <button type="button" onClick={signOut}>
          {t.signOut}
        </button>
      </p>
      {me.data.role === 'merchant' ? (
        <section className="panel" aria-labelledby="sheets-title">
          <h2 id="sheets-title">{s.title}</h2>
          <p className="muted small">{s.templateHint}</p>
          <p>
            <button type="button" data-testid="template-zh" onClick={() => save('/api/products/template?lang=zh&format=xlsx', 'products-template-zh.xlsx')}>
              {s.templateZh}
            </button>{' '}
            <button type="button" data-testid="template-en" onClick={() => save('/api/products/template?lang=en&format=xlsx', 'products-template-en.xlsx')}>
              {s.templateEn}
            </button>
          </p>
          <label className="upload">
            {s.importFile}
            <input
              type="file"
              accept=".xlsx,.csv"
              data-testid="import-file"
              disabled={busy}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void upload(f);
              }}
            />
          </label>
          {busy ? <p aria-live="polite">{s.importing}</p> : null}
          <p>
            <button type="button" data-testid="export-xlsx" onClick={() => save(`/api/products/export?format=xlsx&lang=${sheetLang}`, 'products.xlsx')}>
              {s.exportXlsx}
            </button>{' '}
            <button type="button" data-testid="export-csv" onClick={() => save(`/api/products/export?format=csv&lang=${sheetLang}`, 'products.csv')}>
              {s.exportCsv}
            </button>
          </p>
          {report ? (
            <p className="ok" data-testid="import-ok" aria-live="polite">
              {fmt(s.done, { rows: report.rows, created: report.created, updated: report.updated })}
            </p>
          ) : null}
          {rejection ? (
            <div className="error" data-testid="import-errors" role="alert">
              {'message' in rejection ? (
                <p>{rejection.message}</p>
              ) : (
                <>
                  <p>{fmt(s.rejected, { count: rejection.count, rows: rejection.rows })}</p>
                  {rejection.errors.length > SHOWN ? <p className="muted small">{fmt(s.shownFirst, { n: SHOWN })}</p> : null}
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{s.row}</th>
                        <th scope="col">{s.column}</th>
                        <th scope="col">{s.problem}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rejection.errors.slice(0, SHOWN).map((p, i) => (
                        <tr key={i} data-testid="import-problem">
                          <td>{p.row}</td>
                          <td>
                            {columnName(s, p.column)} <code className="muted small">{p.column}</code>
                          </td>
                          <td>{problemText(s, lang, p)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </div>
          ) : null}
        </section>
      ) : null}
      {products.data ? (
        <>
          <h2>
            {t.myProducts}{' '}
            <span className="muted small" data-testid="my-products-total">
              {products.data.total}
            </span>
          </h2>
          <div className="product-grid" data-testid="my-products">
            {products.data.items.map((p) => (
              <div key={p.id} className="merchant-product">
                <ProductCard p={p} />
                <button type="button" data-testid="edit-pictures" aria-expanded={editing === p.id} onClick={() => setEditing(editing === p.id ? null : p.id)}>
                  {t.media.editorTitle}
                </button>
              </div>
            ))}
          </div>
          {editing !== null ? (
            <section className="card" data-testid="pictures-editor">
              <ProductImagesEditor productId={editing} />
            </section>
          ) : null}
        </>
      ) : me.data.entityId ? (
        <Status loading={products.loading} error={products.error} />
      ) : null}
    </>
  );
}
