/**
 * Inquiries (询盘): the inbox of both sides (a buyer's threads, the threads to
 * a merchant's stall; the operator's holds the reported ones) with unread
 * counts, a new inquiry about a product or a stall (/inquiries?product=ID or
 * ?merchant=ID), and one thread: messages with their language, read receipts,
 * attachments, product cards, the reply box and "report this thread".
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, auth, type Product } from '../../api.ts';
import { Data, fmt, num, pick, useDocumentTitle, useI18n } from '../../i18n.tsx';
import { Link, useRouter } from '../../router.tsx';
import { useApi } from '../../use-api.ts';
import { Pager, productPriceRange, Status } from '../common.tsx';
import { ProductPicture } from '../picture.tsx';
import { useMe, when } from './trade-common.tsx';
import { CountBadge } from './trade-nav.tsx';
import { badgesChanged, duration, EntityName, langName, parseUrls, refusal, SignInPrompt, type InquirySummary, type InquiryThread } from './talk-common.tsx';

type Inbox = { items: InquirySummary[]; total: number; unreadTotal: number; page: number; pageSize: number };
type Stats = { inquiries: number; answered: number; medianSeconds: number | null };

/** A merchant's public response record in words ("median first answer 2 h (12/15 answered)"). */
function ResponseRecord({ merchantId, own }: { merchantId: number; own?: boolean }) {
  const { t, lang } = useI18n();
  const s = useApi<Stats>(`/api/merchants/${merchantId}/response-time`);
  if (!s.data) return null;
  const text =
    s.data.medianSeconds === null
      ? own
        ? t.talk.inbox.myRecordNone
        : t.talk.thread.medianNone
      : fmt(own ? t.talk.inbox.myRecord : t.talk.thread.median, {
          time: duration(t, lang, s.data.medianSeconds),
          answered: num(s.data.answered, lang),
          inquiries: num(s.data.inquiries, lang),
        });
  return (
    <p className="muted small response-record" data-testid="response-record" data-own={own ? '' : undefined}>
      {text}
    </p>
  );
}

/** A product as a small card inside a thread or a message. */
function ProductMini({ id }: { id: number }) {
  const { lang, t } = useI18n();
  const p = useApi<Product>(`/api/products/${id}`);
  if (!p.data) return null;
  return (
    <Link to={`/product/${id}`} className="product-mini" testId="product-mini">
      <span className="product-mini-picture" aria-hidden="true">
        <ProductPicture image={p.data.mainImage} title={pick(lang, p.data.titleZh, p.data.titleEn)} size={64} />
      </span>
      <span className="product-mini-body">
        <Data lang={lang} zh={p.data.titleZh} en={p.data.titleEn} className="product-mini-title" />
        <span className="price">
          <bdi dir="ltr">{productPriceRange(p.data)}</bdi>
        </span>
        <span className="muted small">
          {t.moq} {num(p.data.moq, lang)}
        </span>
      </span>
    </Link>
  );
}

/** A new inquiry to the merchant of a product (?product=ID) or to a merchant's stall (?merchant=ID). */
function Compose({ productId, merchantId }: { productId: number | null; merchantId: number | null }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const w = t.talk.compose;
  const product = useApi<Product>(productId ? `/api/products/${productId}` : null);
  const to = merchantId ?? product.data?.merchant.id ?? null;
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [urls, setUrls] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const a = parseUrls(urls);
    if ('bad' in a) return setError(fmt(w.badUrl, { url: a.bad }));
    setBusy(true);
    try {
      const thread = await api<InquiryThread>('/api/inquiries', {
        method: 'POST',
        body: JSON.stringify({
          ...(productId ? { productId } : { merchantId: to }),
          ...(subject.trim() ? { subject: subject.trim() } : {}),
          body,
          attachments: a.ok,
        }),
      });
      badgesChanged();
      navigate(`/inquiries/${thread.id}`);
    } catch (err) {
      setError(refusal(t, err, { body: w.message, subject: w.subject, attachments: w.attachments }));
      setBusy(false);
    }
  };
  return (
    <form className="panel compose" onSubmit={send} data-testid="compose">
      <h2>{w.title}</h2>
      {productId ? (
        <div>
          <div className="muted small">{w.about}</div>
          <ProductMini id={productId} />
        </div>
      ) : null}
      {to ? (
        <div className="compose-to">
          <span className="muted">{w.toMerchant}</span> <EntityName id={to} kind="merchant" />
          <ResponseRecord merchantId={to} />
        </div>
      ) : null}
      <label className="field">
        <span>{w.subject}</span>
        <input value={subject} onChange={(e) => setSubject(e.target.value)} maxLength={200} />
      </label>
      <label className="field">
        <span>{w.message}</span>
        <textarea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={4}
          required
          maxLength={5000}
          placeholder={w.placeholder}
          data-testid="compose-body"
        />
      </label>
      <label className="field">
        <span>{w.attachments}</span>
        <textarea value={urls} onChange={(e) => setUrls(e.target.value)} rows={2} dir="ltr" />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={busy || !body.trim() || !to} data-testid="compose-send">
          {busy ? t.talk.common.sending : w.send}
        </button>
      </div>
    </form>
  );
}

export function InquiriesPage(_props: Record<string, string>) {
  const { t, lang } = useI18n();
  const { search } = useRouter();
  const me = useMe();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const w = t.talk.inbox;
  const role = me.data?.role;
  const box = useApi<Inbox>(me.data ? `/api/inquiries?page=${page}&pageSize=20${unreadOnly ? '&unread=true' : ''}` : null);
  useDocumentTitle(role === 'operator' ? w.titleOperator : w.title);
  const productId = Number(search.get('product')) || null;
  const merchantId = Number(search.get('merchant')) || null;
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  const composing = productId !== null || merchantId !== null;
  const showUnread = (only: boolean) => {
    setUnreadOnly(only);
    setPage(1);
  };
  return (
    <section className="talk-page" data-testid="inquiries-page">
      <h1>
        {role === 'operator' ? w.titleOperator : w.title}
        {box.data ? <CountBadge n={box.data.unreadTotal} label={t.talk.nav.unread} testId="inbox-unread" /> : null}
      </h1>
      {composing && role === 'buyer' ? <Compose productId={productId} merchantId={merchantId} /> : null}
      {composing && role !== 'buyer' ? <p className="muted">{t.talk.compose.buyersOnly}</p> : null}
      {role === 'merchant' && me.data.entityId ? <ResponseRecord merchantId={me.data.entityId} own /> : null}
      {role !== 'operator' ? (
        <div className="chips">
          <button type="button" className={unreadOnly ? 'chip' : 'chip active'} aria-pressed={!unreadOnly} onClick={() => showUnread(false)}>
            {w.all}
          </button>
          <button
            type="button"
            className={unreadOnly ? 'chip active' : 'chip'}
            aria-pressed={unreadOnly}
            onClick={() => showUnread(true)}
            data-testid="unread-only"
          >
            {w.unreadOnly}
          </button>
        </div>
      ) : null}
      {!box.data ? (
        <Status loading={box.loading} error={box.error} />
      ) : box.data.items.length === 0 ? (
        <p className="muted" data-testid="inbox-empty">
          {role === 'operator' ? w.emptyOperator : unreadOnly ? w.emptyUnread : w.empty}
        </p>
      ) : (
        <>
          <p className="muted small">{fmt(w.total, { n: num(box.data.total, lang) })}</p>
          <ul className="inbox" data-testid="inbox">
            {box.data.items.map((i) => (
              <li key={i.id} className={i.unread ? 'inbox-row unread' : 'inbox-row'}>
                <Link to={`/inquiries/${i.id}`} className="inbox-link" testId="inbox-row">
                  <span className="inbox-who">
                    {role !== 'merchant' ? (
                      <>
                        <span className="visually-hidden">{w.withMerchant}</span>
                        <EntityName id={i.merchantId} kind="merchant" />
                      </>
                    ) : null}
                    {role === 'operator' ? ' · ' : null}
                    {role !== 'buyer' ? (
                      <>
                        <span className="visually-hidden">{w.withBuyer}</span>
                        <EntityName id={i.buyerId} kind="buyer" />
                      </>
                    ) : null}
                  </span>
                  <span className="inbox-when muted small">{when(i.lastMessageAt, lang)}</span>
                  <span className="inbox-subject" data-content="">
                    {i.subject}
                  </span>
                  <span className="inbox-last muted small">
                    {i.lastMessage ? (
                      <>
                        {i.lastMessage.sender === role ? w.youWrote : null}
                        <span data-content="" dir="auto">
                          {i.lastMessage.body}
                        </span>
                      </>
                    ) : null}
                  </span>
                  <span className="inbox-flags">
                    {i.reported ? <span className="tag tag-warn">{w.reported}</span> : null}
                    <CountBadge n={i.unread} label={w.unreadN} testId="row-unread" />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {box.data.total > box.data.pageSize ? <Pager page={page} total={box.data.total} pageSize={box.data.pageSize} onPage={setPage} /> : null}
        </>
      )}
    </section>
  );
}

/** One message bubble: text in its own language, attachments, product card, time, language and receipt. */
function Message({ m, mine, side }: { m: InquiryThread['messages'][number]; mine: boolean; side: string }) {
  const { t, lang } = useI18n();
  const w = t.talk.thread;
  return (
    <li className={mine ? 'msg mine' : 'msg theirs'} data-testid="message" data-sender={m.sender}>
      <div className="msg-side muted small">{side}</div>
      <div className="msg-body" lang={m.lang === 'und' ? undefined : m.lang} data-content="">
        {m.body}
      </div>
      {m.attachments.length ? (
        <ul className="msg-attachments">
          {m.attachments.map((a) => (
            <li key={a.url}>
              <a href={a.url} target="_blank" rel="noopener noreferrer nofollow" data-testid="attachment">
                📎 {w.attachment}:{' '}
                <bdi dir="ltr" data-content="">
                  {a.name ?? a.url.replace(/^https?:\/\//, '').slice(0, 60)}
                </bdi>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {m.productId ? <ProductMini id={m.productId} /> : null}
      <div className="msg-meta muted small">
        <span>{when(m.sentAt, lang)}</span>
        <span data-testid="message-lang">{fmt(w.language, { lang: langName(t, m.lang) })}</span>
        {mine ? (
          <span className={m.read ? 'receipt read' : 'receipt'} data-testid="receipt" data-read={m.read ? 'true' : 'false'}>
            {m.read ? `✓✓ ${w.read}` : `✓ ${w.sent}`}
          </span>
        ) : null}
      </div>
    </li>
  );
}

export function InquiryPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const w = t.talk.thread;
  const thread = useApi<InquiryThread>(me.data ? `/api/inquiries/${encodeURIComponent(id)}` : null);
  const [current, setCurrent] = useState<InquiryThread | null>(null);
  const [body, setBody] = useState('');
  const [urls, setUrls] = useState('');
  const [cardId, setCardId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (thread.data) {
      setCurrent(thread.data);
      badgesChanged(); // reading marked it read: the header's unread badge goes down
    }
  }, [thread.data]);
  useDocumentTitle(current?.subject ?? t.talk.inbox.title);
  if (!auth.token) return <SignInPrompt />;
  if (!me.data) return <Status loading={me.loading} error={me.error} />;
  if (!current) return <Status loading={thread.loading} error={thread.error} />;
  const role = me.data.role;
  const party = role === 'buyer' || role === 'merchant' ? role : null;
  const sideName = (s: 'buyer' | 'merchant') => (s === party ? t.talk.common.you : t.talk.common[s]);
  const reply = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const a = parseUrls(urls);
    if ('bad' in a) return setError(fmt(t.talk.compose.badUrl, { url: a.bad }));
    const card = cardId.trim() ? Number(cardId) : undefined;
    setBusy(true);
    try {
      const next = await api<InquiryThread>(`/api/inquiries/${current.id}/messages`, {
        method: 'POST',
        body: JSON.stringify({ body, attachments: a.ok, ...(card ? { productId: card } : {}) }),
      });
      setCurrent(next);
      setBody('');
      setUrls('');
      setCardId('');
      badgesChanged();
    } catch (err) {
      setError(refusal(t, err, { body: w.reply, productId: w.productId, attachments: t.talk.compose.attachments }));
    } finally {
      setBusy(false);
    }
  };
  const report = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      setCurrent(await api<InquiryThread>(`/api/inquiries/${current.id}/report`, { method: 'POST', body: JSON.stringify({ reason }) }));
      setReporting(false);
    } catch (err) {
      setError(refusal(t, err, { reason: w.reportReason }));
    }
  };
  return (
    <section className="talk-page thread" data-testid="thread">
      <Link to="/inquiries" className="back-link">
        ← {w.back}
      </Link>
      <header className="thread-head">
        <h1 data-content="">{current.subject}</h1>
        <div className="thread-parties">
          {role !== 'merchant' ? <EntityName id={current.merchantId} kind="merchant" /> : null}
          {role === 'operator' ? ' · ' : null}
          {role !== 'buyer' ? <EntityName id={current.buyerId} kind="buyer" /> : null}
        </div>
        <p className="muted small" data-testid="first-response">
          {current.firstResponseSeconds === null ? w.noResponseYet : fmt(w.firstResponse, { time: duration(t, lang, current.firstResponseSeconds) })}
        </p>
        {role === 'buyer' ? <ResponseRecord merchantId={current.merchantId} /> : null}
        {current.productId && current.messages[0]?.productId !== current.productId ? <ProductMini id={current.productId} /> : null}
      </header>
      {current.report ? (
        <p className="notice" role="status" data-testid="reported">
          {fmt(w.reportedBy, { at: when(current.report.at, lang), by: t.talk.common[current.report.by], reason: current.report.reason })}
        </p>
      ) : null}
      {role === 'operator' ? <p className="muted">{w.operatorView}</p> : null}
      <ol className="messages" data-testid="messages">
        {current.messages.map((m) => (
          <Message key={m.seq} m={m} mine={m.sender === party} side={sideName(m.sender)} />
        ))}
      </ol>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {party && current.status === 'open' ? (
        <form className="panel reply" onSubmit={reply} data-testid="reply-form">
          <label className="field">
            <span>{w.reply}</span>
            <textarea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={3}
              required
              maxLength={5000}
              placeholder={w.replyPlaceholder}
              data-testid="reply-body"
            />
          </label>
          <details>
            <summary>{t.talk.compose.attachments}</summary>
            <textarea value={urls} onChange={(e) => setUrls(e.target.value)} rows={2} dir="ltr" aria-label={t.talk.compose.attachments} />
            {party === 'merchant' ? (
              <label className="field">
                <span>{w.attachProduct}</span>
                <input inputMode="numeric" value={cardId} onChange={(e) => setCardId(e.target.value.replace(/\D/g, ''))} dir="ltr" />
              </label>
            ) : null}
          </details>
          <div>
            <button type="submit" disabled={busy || !body.trim()} data-testid="reply-send">
              {busy ? t.talk.common.sending : t.talk.common.send}
            </button>
          </div>
        </form>
      ) : null}
      {party && current.status === 'closed' ? <p className="muted">{w.closed}</p> : null}
      {party && !current.report ? (
        reporting ? (
          <form className="panel report" onSubmit={report} data-testid="report-form">
            <label className="field">
              <span>{w.reportReason}</span>
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required maxLength={1000} placeholder={w.reportPlaceholder} />
            </label>
            <div className="button-row">
              <button type="submit" disabled={!reason.trim()} data-testid="report-send">
                {w.reportSend}
              </button>
              <button type="button" onClick={() => setReporting(false)}>
                {t.talk.common.cancel}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="link-button" onClick={() => setReporting(true)} data-testid="report">
            {w.report}
          </button>
        )
      ) : null}
    </section>
  );
}
