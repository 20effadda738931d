/**
 * One service item: the problem, where it is, its deadline and escalation,
 * the department's reply, every step; and the forms of what the caller may do
 * now (the API's `allowed`): accept or reply (the department), confirm with a
 * rating or reopen (the raiser), reassign (the operator).
 */
import { useState, type FormEvent } from 'react';
import { api, auth } from '../../api.ts';
import { fmt, num, pick, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Status } from '../common.tsx';
import { when } from '../trade/trade-common.tsx';
import { SignInPrompt } from '../trade/talk-common.tsx';
import {
  categoryName,
  DepartmentName,
  ServiceStatusTag,
  serviceRefusal,
  useDepartments,
  UserText,
  type Department,
  type ServiceAction,
  type ServiceItem,
} from './service-common.tsx';

function Stars({ value, onChange, name }: { value: number; onChange: (n: number) => void; name: string }) {
  const { t } = useI18n();
  return (
    <fieldset className="service-stars">
      <legend>{t.service.item.rating}</legend>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className="check">
          <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} data-testid={`${name}-${n}`} />
          <span>{fmt(t.service.item.stars, { n })}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ActionForm({ item, action, departments, onDone }: { item: ServiceItem; action: ServiceAction; departments: Department[]; onDone: () => void }) {
  const { t, lang } = useI18n();
  const w = t.service.item;
  const [text, setText] = useState('');
  const [rating, setRating] = useState(0);
  const [dept, setDept] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const body = (): Record<string, unknown> => {
    const note = text.trim() ? { note: text.trim() } : {};
    if (action === 'accept') return { action, ...note };
    if (action === 'reply') return { action, reply: text };
    if (action === 'confirm') return { action, rating, ...note };
    if (action === 'reopen') return { action, reason: text, ...(rating ? { rating } : {}) };
    return { action, departmentCode: dept, note: text };
  };
  const ready =
    action === 'accept' ||
    (action === 'confirm' && rating > 0) ||
    ((action === 'reply' || action === 'reopen') && text.trim()) ||
    (action === 'reassign' && dept && text.trim());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await api<ServiceItem>(`/api/service/items/${item.id}/actions`, { method: 'POST', body: JSON.stringify(body()) });
      onDone();
    } catch (err) {
      setError(serviceRefusal(t, err, { reply: w.replyText, reason: w.reason, note: w.note, rating: w.rating }));
      setBusy(false);
    }
  };
  const textLabel = action === 'reply' ? w.replyText : action === 'reopen' ? w.reason : w.note;
  return (
    <form className="service-form panel" onSubmit={submit} data-testid={`form-${action}`}>
      {action === 'reassign' ? (
        <label className="field">
          <span>{w.reassignTo}</span>
          <select value={dept} onChange={(e) => setDept(e.target.value)} required data-testid="reassign-department">
            <option value="" />
            {departments
              .filter((d) => d.id !== item.departmentId)
              .map((d) => (
                <option key={d.code} value={d.code} lang={lang === 'zh' ? undefined : 'en'}>
                  {pick(lang, d.nameZh, d.nameEn)}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      {action === 'confirm' || action === 'reopen' ? <Stars value={rating} onChange={setRating} name={`rating-${action}`} /> : null}
      <label className="field">
        <span>{textLabel}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={action === 'accept' ? 1 : 3} maxLength={4000} data-testid={`text-${action}`} />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={busy || !ready} data-testid={`do-${action}`}>
          {t.service.action[action]}
        </button>
      </div>
    </form>
  );
}

export function ServiceItemPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const w = t.service.item;
  const title = fmt(w.title, { id: num(Number(id), lang) });
  useDocumentTitle(title);
  const item = useApi<ServiceItem>(auth.token ? `/api/service/items/${encodeURIComponent(id)}` : null);
  const departments = useDepartments();
  if (!auth.token) return <SignInPrompt />;
  if (!item.data) return <Status loading={item.loading} error={item.error} />;
  const i = item.data;
  return (
    <section data-testid="service-item-page" data-status={i.status}>
      <p>
        <Link to="/service">{w.back}</Link>
      </p>
      <h1>
        {title} <ServiceStatusTag status={i.status} />
      </h1>
      <div className="panel">
        <p>
          <strong>{categoryName(t, i.category)}</strong>
          {i.urgency === 'urgent' ? <span className="tag tag-warn">{t.service.urgency.urgent}</span> : null}
          {i.overdue ? <span className="tag tag-warn">{t.service.list.overdue}</span> : null}
          {i.escalatedTo ? <span className="tag tag-warn">{fmt(t.service.list.escalated, { to: t.service.escalatedTo[i.escalatedTo] })}</span> : null}
          {i.missedDeadline && !i.overdue ? <span className="tag">{w.missedDeadline}</span> : null}
          {i.reopenCount ? <span className="tag">{fmt(w.reopenCount, { n: i.reopenCount })}</span> : null}
        </p>
        <UserText text={i.description} testId="item-description" />
        <p className="small">
          {w.department}: <DepartmentName id={i.departmentId} departments={departments.data} /> · {t.service.who[i.raiserRole]} · {w.raisedAt}{' '}
          {when(i.createdAt, lang)} · {fmt(t.service.list.due, { date: when(i.dueAt, lang) })}
          {i.stallId ? (
            <>
              {' · '}
              <Link to={`/stall/${i.stallId}`}>
                {w.stall} {num(i.stallId, lang)}
              </Link>
            </>
          ) : null}
        </p>
        {i.photos.length ? (
          <p className="small">
            {w.photos}:{' '}
            {i.photos.map((p, k) => (
              <a key={p.url} href={p.url} target="_blank" rel="noopener noreferrer nofollow" className="tag">
                {fmt(w.photo, { n: k + 1 })}
              </a>
            ))}
          </p>
        ) : null}
        {i.reply ? (
          <div data-testid="item-reply">
            <strong>{w.reply}</strong>
            <UserText text={i.reply} />
          </div>
        ) : null}
        {i.rating ? <p data-testid="item-rating">{fmt(t.service.list.rated, { n: i.rating })}</p> : null}
        {i.closedBy === 'sweep' ? <p className="muted small">{w.closedBySweep}</p> : null}
      </div>
      {i.allowed.map((a) => (
        <ActionForm key={`${a}-${i.updatedAt}`} item={i} action={a} departments={departments.data ?? []} onDone={item.reload} />
      ))}
      <h2>{w.steps}</h2>
      <ol className="service-steps" data-testid="item-steps">
        {(i.steps ?? []).map((s) => (
          <li key={s.seq} data-action={s.action}>
            <strong>{t.service.step[s.action]}</strong> · {(t.service.who as Record<string, string>)[s.actorRole] ?? s.actorRole} ·{' '}
            <span className="muted small">{when(s.at, lang)}</span>
            {s.action === 'escalate' && typeof s.detail.to === 'string' ? (
              <span className="tag tag-warn">{t.service.escalatedTo[s.detail.to as 'department_head' | 'market_office']}</span>
            ) : null}
            {typeof s.detail.rating === 'number' ? <span className="tag">{fmt(t.service.list.rated, { n: s.detail.rating })}</span> : null}
            {s.note ? <UserText text={s.note} className="small" /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
