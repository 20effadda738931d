/**
 * Raise a problem (merchant or buyer): the kind of problem (with the
 * department it goes to and its deadline, from the dispatch rules), urgency,
 * a description, photo links and the stall concerned. On success the item's
 * page opens.
 */
import { useState, type FormEvent } from 'react';
import { api, auth } from '../../api.ts';
import { fmt, num, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { useMe } from '../trade/trade-common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import { categoryName, DepartmentName, MAX_PHOTOS, serviceRefusal, useDepartments, type Rule, type ServiceItem } from './service-common.tsx';

const URL_RE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function RaisePage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const w = t.service.raise;
  useDocumentTitle(w.title);
  const { navigate } = useRouter();
  const me = useMe();
  const rules = useApi<Rule[]>(auth.token ? '/api/service/rules' : null);
  const departments = useDepartments();
  const [category, setCategory] = useState('');
  const [urgency, setUrgency] = useState<'normal' | 'urgent'>('normal');
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState('');
  const [stall, setStall] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data || !rules.data) return <Status loading={me.loading || rules.loading} error={me.error ?? rules.error} />;
  if (me.data.role !== 'merchant' && me.data.role !== 'buyer')
    return (
      <p className="muted" data-testid="raise-not-allowed">
        {w.onlyRaisers}
      </p>
    );
  const rule = rules.data.find((r) => r.category === category);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const lines = photos
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const bad = lines.find((l) => !URL_RE.test(l));
    if (bad) return setError(fmt(w.badPhoto, { line: bad }));
    if (lines.length > MAX_PHOTOS) return setError(fmt(w.tooManyPhotos, { n: MAX_PHOTOS }));
    const stallId = stall.trim() ? Number(stall.trim()) : null;
    if (stallId !== null && !(Number.isInteger(stallId) && stallId > 0)) return setError(w.badStall);
    setBusy(true);
    try {
      const item = await api<ServiceItem>('/api/service/items', {
        method: 'POST',
        body: JSON.stringify({ category, urgency, description, photos: lines.map((url) => ({ url })), stallId }),
      });
      navigate(`/service/${item.id}`);
    } catch (err) {
      setError(serviceRefusal(t, err, { description: w.description, photos: w.photos, stallId: w.stall, category: w.category }));
      setBusy(false);
    }
  };
  return (
    <section data-testid="service-raise-page">
      <h1>{w.title}</h1>
      <p className="muted">{w.intro}</p>
      <form className="service-form" onSubmit={submit}>
        <label className="field">
          <span>{w.category}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)} required data-testid="raise-category">
            <option value="" />
            {rules.data.map((r) => (
              <option key={r.category} value={r.category}>
                {categoryName(t, r.category)}
              </option>
            ))}
          </select>
        </label>
        {rule ? (
          <p className="small" data-testid="raise-goes-to">
            {w.goesTo}
            <DepartmentName id={rule.departmentId} departments={departments.data} /> ·{' '}
            {fmt(w.hours, { normal: num(rule.hoursNormal, lang), urgent: num(rule.hoursUrgent, lang) })}
          </p>
        ) : null}
        <fieldset className="service-stars">
          <legend>{w.urgency}</legend>
          {(['normal', 'urgent'] as const).map((u) => (
            <label key={u} className="check">
              <input type="radio" name="urgency" value={u} checked={urgency === u} onChange={() => setUrgency(u)} data-testid={`raise-urgency-${u}`} />
              <span>{t.service.urgency[u]}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{w.description}</span>
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} required maxLength={4000} data-testid="raise-description" />
        </label>
        <label className="field">
          <span>{fmt(w.photos, { n: MAX_PHOTOS })}</span>
          <textarea value={photos} onChange={(e) => setPhotos(e.target.value)} rows={2} dir="ltr" data-testid="raise-photos" />
        </label>
        <label className="field">
          <span>{w.stall}</span>
          <input value={stall} onChange={(e) => setStall(e.target.value)} inputMode="numeric" dir="ltr" data-testid="raise-stall" />
        </label>
        {error ? (
          <p className="error" role="alert" data-testid="raise-error">
            {error}
          </p>
        ) : null}
        <div>
          <button type="submit" disabled={busy || !category || !description.trim()} data-testid="raise-submit">
            {busy ? w.sending : w.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
