import { useState } from 'react';
import { api, auth, ApiError, type Page, type Product } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { useRouter } from '../router.tsx';
import { useApi } from '../use-api.ts';
import { ProductCard, Status } from './common.tsx';

interface Me {
  id: number;
  username: string;
  role: string;
  entityId: number | null;
  displayName: string | null;
}
type Report = { rows: number; created: number; updated: number };
type Problem = { row: number; column: string; reason: string };

/** The merchant centre: own products, spreadsheet import with a row-by-row error report, export. */
export function MerchantPage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const me = useApi<Me>(auth.token ? '/api/auth/me' : null);
  // Only the query keys the API knows (it refuses unknown ones); an import refreshes the list with reload().
  const products = useApi<Page<Product>>(me.data?.entityId ? `/api/products?merchant=${me.data.entityId}&pageSize=12` : null);
  const [report, setReport] = useState<Report | null>(null);
  const [problems, setProblems] = useState<{ message: string; errors: Problem[] } | null>(null);
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
    setProblems(null);
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
      const d = e instanceof ApiError ? (e.details as { errors?: Problem[] } | undefined) : undefined;
      setProblems({ message: (e as Error).message, errors: d?.errors ?? [] });
    }
  };
  const download = async (format: 'csv' | 'xlsx') => {
    const blob = await api<Blob>(`/api/products/export?format=${format}`);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `products.${format}`;
    a.click();
  };
  const signOut = async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => {});
    auth.token = null;
    navigate('/');
  };
  return (
    <>
      <h1>{t.merchantCentre}</h1>
      <p data-testid="me">
        {me.data.displayName ?? me.data.username} ({me.data.role}){' '}
        <button type="button" onClick={signOut}>
          {t.signOut}
        </button>
      </p>
      {me.data.role === 'merchant' ? (
        <section className="panel">
          <label className="upload">
            {t.importSheet}
            <input type="file" accept=".xlsx,.csv" data-testid="import-file" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
          </label>
          <button type="button" onClick={() => download('xlsx')}>
            {t.exportXlsx}
          </button>{' '}
          <button type="button" onClick={() => download('csv')}>
            {t.exportCsv}
          </button>
          {report ? (
            <p className="ok" data-testid="import-ok">
              {t.imported}: {report.rows} ({t.newCount} {report.created}, {t.updatedCount} {report.updated})
            </p>
          ) : null}
          {problems ? (
            <div className="error" data-testid="import-errors">
              <p>
                {t.importRejected}. {problems.message}
              </p>
              <table>
                <thead>
                  <tr>
                    <th>{t.row}</th>
                    <th>{t.column}</th>
                    <th>{t.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.errors.slice(0, 200).map((p, i) => (
                    <tr key={i}>
                      <td>{p.row}</td>
                      <td>{p.column}</td>
                      <td>{p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
              <ProductCard key={p.id} p={p} />
            ))}
          </div>
        </>
      ) : me.data.entityId ? (
        <Status loading={products.loading} error={products.error} />
      ) : null}
    </>
  );
}
