/**
 * The merchant centre's picture editor for one product: upload several files
 * (one request each, in order, so the server's bounds hold and each failure is
 * reported on its file), reorder, choose the main picture, delete. Every
 * control is a button or a file input: usable by keyboard and screen reader.
 */
import { type ChangeEvent, useState } from 'react';
import { api, ApiError } from '../api.ts';
import { errorText, fmt, useI18n, type Messages } from '../i18n.tsx';
import { useApi } from '../use-api.ts';
import { ProductPicture, type ProductImage } from './picture.tsx';

const MAX = 10;
const ACCEPT = 'image/jpeg,image/png,image/webp';

/** Why the server refused a picture, in the reader's words (the API's code and details, never its English message). */
function refusal(t: Messages, e: unknown): string {
  if (e instanceof ApiError) {
    const d = (e.details ?? {}) as { reason?: string; limit?: string };
    if (e.code === 'UNSUPPORTED_MEDIA') return t.media.errors.notImage;
    if (e.code === 'PAYLOAD_TOO_LARGE') return d.limit === 'maxPixels' ? t.media.errors.tooManyPixels : t.media.errors.tooLarge;
    if (e.code === 'VALIDATION' && d.reason === 'undecodable') return t.media.errors.damaged;
    if (e.code === 'VALIDATION' && d.reason === 'too-many-images') return fmt(t.media.errors.tooMany, { max: MAX });
    if (e.code === 'FORBIDDEN') return t.media.errors.notYours;
  }
  return errorText(t, e);
}

export function ProductImagesEditor({ productId }: { productId: number }) {
  const { t } = useI18n();
  const listed = useApi<{ items: ProductImage[] }>(`/api/products/${productId}/images`);
  const [items, setItems] = useState<ProductImage[] | null>(null);
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const list = items ?? listed.data?.items ?? [];

  const act = async (fn: () => Promise<{ items: ProductImage[] }>) => {
    setBusy(true);
    setProblems([]);
    try {
      setItems((await fn()).items);
    } catch (e) {
      setProblems([refusal(t, e)]);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    const failed: string[] = [];
    let done = 0;
    for (const [i, file] of files.entries()) {
      setStatus(fmt(t.media.uploading, { n: i + 1, total: files.length }));
      try {
        const r = await api<{ items: ProductImage[] }>(`/api/products/${productId}/images?name=${encodeURIComponent(file.name.slice(0, 200))}`, {
          method: 'POST',
          body: file,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        });
        setItems(r.items);
        done++;
      } catch (err) {
        failed.push(fmt(t.media.failedFile, { file: file.name, reason: refusal(t, err) }));
      }
    }
    setStatus(fmt(t.media.uploaded, { n: done }));
    setProblems(failed);
    setBusy(false);
  };

  const move = (from: number, to: number) => {
    const ids = list.map((x) => x.id);
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id!);
    return act(() => api(`/api/products/${productId}/images/order`, { method: 'PUT', body: JSON.stringify({ imageIds: ids }) }));
  };

  return (
    <section aria-labelledby={`pictures-${productId}`} style={{ display: 'grid', gap: 8 }}>
      <h3 id={`pictures-${productId}`}>{t.media.editorTitle}</h3>
      <p className="muted">{fmt(t.media.editorHint, { max: MAX })}</p>
      {list.length < MAX ? (
        <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, minHeight: 44 }}>
          {t.media.choose}
          <input type="file" accept={ACCEPT} multiple onChange={upload} disabled={busy} />
        </label>
      ) : (
        <p>{fmt(t.media.full, { max: MAX })}</p>
      )}
      <p role="status" aria-live="polite" className="muted">
        {status}
      </p>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {listed.error && !items ? (
        <p className="error" role="alert">
          {errorText(t, listed.error)}
        </p>
      ) : list.length === 0 ? (
        <p className="muted">{listed.loading ? t.loading : t.media.none}</p>
      ) : (
        <ol style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((img, i) => (
            <li key={img.id} style={{ width: 160, display: 'grid', gap: 4 }}>
              <ProductPicture image={img} title={fmt(t.media.pictureN, { n: i + 1, total: list.length })} size={160} />
              {i === 0 ? (
                <strong>{t.media.main}</strong>
              ) : (
                <button type="button" disabled={busy} onClick={() => act(() => api(`/api/products/${productId}/images/${img.id}/main`, { method: 'POST' }))}>
                  {t.media.makeMain}
                </button>
              )}
              <span style={{ display: 'flex', gap: 4 }}>
                <button type="button" disabled={busy || i === 0} onClick={() => move(i, i - 1)} style={{ minHeight: 44, flex: 1 }}>
                  {t.media.moveEarlier}
                </button>
                <button type="button" disabled={busy || i === list.length - 1} onClick={() => move(i, i + 1)} style={{ minHeight: 44, flex: 1 }}>
                  {t.media.moveLater}
                </button>
              </span>
              <button
                type="button"
                disabled={busy}
                style={{ minHeight: 44 }}
                onClick={() => {
                  if (window.confirm(t.media.confirmRemove)) void act(() => api(`/api/products/${productId}/images/${img.id}`, { method: 'DELETE' }));
                }}
              >
                {t.media.remove}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
