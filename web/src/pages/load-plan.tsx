import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.ts';
import { errorText, fmt, MESSAGES, money, num, useI18n, type Messages } from '../i18n.tsx';
import { ContainerView, lotColour, type ViewBox } from './container-view.tsx';
import type { LotInput, ShipmentPlan } from '../../../src/modules/load-planner/index.ts';

/** The answer of POST /api/load-plans: the planner's plan and its printable loading list. */
interface Plan extends ShipmentPlan {
  loadingList: string;
}

/** Four sample lots; the owners' names come from the reader's catalogue. */
const SAMPLE_LOTS = ['L1,{0},120,60,40,40,18,1', 'L2,{1},80,80,50,45,12,1', 'L3,{2},200,55,45,35,15,0', 'L4,{3},150,50,35,30,20,1'];
function sample(t: Messages): string {
  const owners = t.loadPlan.sampleOwners.split('|');
  return SAMPLE_LOTS.map((l) => l.replace(/\{(\d)\}/, (_m, i: string) => owners[Number(i)] ?? '')).join('\n');
}

type Row = LotInput;

function parseLots(text: string): Row[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^lot\b/i.test(l))
    .map((l) => {
      const [id, owner, count, len, wid, hei, kg, up] = l.split(/[,\t]/).map((s) => s.trim());
      const row: Row = {
        id: id ?? '',
        owner: owner ?? '',
        count: Number(count),
        lengthCm: Number(len),
        widthCm: Number(wid),
        heightCm: Number(hei),
        grossKg: Number(kg),
      };
      if (up === '1' || up?.toLowerCase() === 'yes') row.verticalAllowed = [false, false, true];
      return row;
    });
}

export function LoadPlanPage() {
  const { lang, t: all } = useI18n();
  const t = all.loadPlan;
  const [lotsText, setLotsText] = useState(() => sample(all));
  // the untouched sample follows the reader's language
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a language change re-words the sample
  useEffect(() => {
    setLotsText((text) => (Object.values(MESSAGES).some((m) => sample(m) === text) ? sample(all) : text));
  }, [lang]);
  const [types, setTypes] = useState<Record<string, { on: boolean; price: string }>>({
    '20GP': { on: true, price: '1500' },
    '40GP': { on: true, price: '2600' },
    '40HQ': { on: true, price: '2800' },
  });
  const [support, setSupport] = useState(true);
  const [limit, setLimit] = useState('5');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [which, setWhich] = useState(0);
  const [step, setStep] = useState(0);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const containers = Object.entries(types)
        .filter(([, v]) => v.on)
        .map(([code, v]) => ({ code, priceMinor: Math.round(Number(v.price) * 100), currency: 'USD' }));
      const p = await api<Plan>('/api/load-plans', {
        method: 'POST',
        body: JSON.stringify({ lots: parseLots(lotsText), containers, support, timeLimitSeconds: Number(limit) }),
      });
      setPlan(p);
      setWhich(0);
      setStep(p.containers[0]?.cartons.length ?? 0);
    } catch (e) {
      setError((e as { code?: string }).code === 'VALIDATION' ? t.planFailed : errorText(all, e));
    } finally {
      setBusy(false);
    }
  };
  const upload = async (file: File) => {
    setError(null);
    try {
      const lots = await api<Row[]>('/api/load-plans/lots', {
        method: 'POST',
        body: file,
        headers: { 'content-type': file.name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream' },
      });
      setLotsText(
        lots
          .map((l) =>
            [
              l.id,
              l.owner,
              l.count,
              l.lengthCm,
              l.widthCm,
              l.heightCm,
              l.grossKg,
              l.verticalAllowed && !l.verticalAllowed[0] && !l.verticalAllowed[1] ? 1 : 0,
            ].join(','),
          )
          .join('\n'),
      );
    } catch (e) {
      setError(errorText(all, e));
    }
  };
  const c = plan?.containers[which];
  const lotIndex = useMemo(() => new Map((plan?.containers.flatMap((x) => x.lots.map((l) => l.lot)) ?? []).map((l, i) => [l, i])), [plan]);
  const boxes: ViewBox[] = useMemo(
    () =>
      c?.cartons.map((b) => ({
        x: b.xCm,
        y: b.yCm,
        z: b.zCm,
        l: b.lengthCm,
        w: b.widthCm,
        h: b.heightCm,
        colour: lotColour(lotIndex.get(b.lot) ?? 0),
        label: b.lot,
      })) ?? [],
    [c, lotIndex],
  );
  return (
    <>
      <h1>{t.title}</h1>
      <section className="panel">
        <label className="field">
          <span>
            {t.lots} <span className="muted small">{t.lotsHelp}</span>
          </span>
          <textarea rows={6} dir="auto" value={lotsText} onChange={(e) => setLotsText(e.target.value)} data-testid="lots-text" className="lots-text" />
        </label>
        <label className="upload">
          {t.upload} <input type="file" accept=".csv,.xlsx" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
        </label>
        <fieldset className="container-types">
          <legend>{t.containers}</legend>
          {Object.entries(types).map(([code, v]) => (
            <div key={code} className="container-type">
              <label className="check">
                <input type="checkbox" checked={v.on} onChange={(e) => setTypes({ ...types, [code]: { ...v, on: e.target.checked } })} />{' '}
                <bdi dir="ltr">{code}</bdi>
              </label>
              <label className="price-input">
                <span className="small muted">{t.price}</span>
                <input
                  inputMode="decimal"
                  value={v.price}
                  size={6}
                  onChange={(e) => setTypes({ ...types, [code]: { ...v, price: e.target.value } })}
                  aria-label={`${code} ${t.price}`}
                />
              </label>
            </div>
          ))}
        </fieldset>
        <div className="plan-options">
          <label className="check">
            <input type="checkbox" checked={support} onChange={(e) => setSupport(e.target.checked)} /> {t.support}
          </label>
          <label className="check">
            {t.timeLimit} <input inputMode="numeric" value={limit} size={3} onChange={(e) => setLimit(e.target.value)} />
          </label>
          <button type="submit" onClick={run} disabled={busy} data-testid="plan-button">
            {busy ? t.planning : t.plan}
          </button>
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
      {plan ? (
        <section data-testid="plan-result">
          <p>
            <strong className={plan.complete ? 'ok' : 'error'}>{plan.complete ? t.complete : t.incomplete}</strong>
            {' · '}
            {t.total}: <bdi dir="ltr">{plan.totalPrice.map((p) => money(p.amountMinor, p.currency)).join(' + ')}</bdi>
            {plan.unplaced.length ? ` · ${t.unplaced}: ${plan.unplaced.map((u) => `${u.lot} ×${u.cartons}`).join(', ')}` : ''}
            {plan.splitLots.length ? ` · ${t.split}: ${plan.splitLots.join(', ')}` : ''}
          </p>
          <div className="chips">
            {plan.containers.map((x, i) => (
              <button
                type="button"
                key={i}
                onClick={() => {
                  setWhich(i);
                  setStep(x.cartons.length);
                }}
                className={i === which ? 'chip active' : 'chip'}
                aria-pressed={i === which}
                data-testid="container-tab"
              >
                <bdi dir="ltr">
                  #{i + 1} {x.code} · {(x.utilisation * 100).toFixed(1)}% · {x.weightKg.toFixed(0)} kg
                </bdi>
              </button>
            ))}
          </div>
          {c ? (
            <>
              <div className="canvas-wrap">
                <ContainerView inside={c.insideCm} boxes={boxes} upTo={step} />
              </div>
              <label className="step-row">
                {t.step}:{' '}
                <input type="range" min={0} max={c.cartons.length} value={step} onChange={(e) => setStep(Number(e.target.value))} data-testid="step" />{' '}
                <bdi dir="ltr">
                  {step} {t.of} {c.cartons.length}
                </bdi>
              </label>
              <dl className="facts">
                <dt>{t.utilisation}</dt>
                <dd data-testid="utilisation">
                  <bdi dir="ltr">
                    {(c.utilisation * 100).toFixed(1)}% ({c.loadedVolumeM3.toFixed(2)} m³)
                  </bdi>
                </dd>
                <dt>{t.weight}</dt>
                <dd>
                  <bdi dir="ltr">
                    {c.weightKg.toFixed(1)} / {c.payloadKg} kg
                  </bdi>
                </dd>
                <dt>{t.cog}</dt>
                <dd>
                  <bdi dir="ltr">{c.centreOfGravityCm.map((v) => v.toFixed(0)).join(' / ')}</bdi>
                </dd>
              </dl>
              <div className="chips">
                {c.lots.map((l) => (
                  <span key={l.lot} className="chip" style={{ borderColor: lotColour(lotIndex.get(l.lot) ?? 0), borderInlineStartWidth: 8 }}>
                    {l.lot} · {l.owner} · {num(l.cartons, lang)}
                  </span>
                ))}
              </div>
            </>
          ) : null}
          <h2>{t.list}</h2>
          <LoadingList plan={plan} />
        </section>
      ) : null}
    </>
  );
}

/** The printable loading list, in the reader's language: per container the lots in loading order and the layers from the floor. */
function LoadingList({ plan }: { plan: Plan }) {
  const { lang, t: all } = useI18n();
  const t = all.loadPlan;
  return (
    <div className="loading-list" data-testid="loading-list">
      {plan.containers.map((c, i) => {
        const zs = [...new Set(c.cartons.map((x) => x.zCm))].sort((a, b) => a - b);
        return (
          <section key={i}>
            <h3>
              {fmt(t.container, { n: i + 1, code: c.code })}{' '}
              <span className="muted small">{fmt(t.inside, { l: c.insideCm[0], w: c.insideCm[1], h: c.insideCm[2] })}</span>
            </h3>
            <p className="small">
              {fmt(t.summary, {
                cartons: num(c.cartons.length, lang),
                m3: c.loadedVolumeM3.toFixed(2),
                pct: (c.utilisation * 100).toFixed(1),
                kg: num(Math.round(c.weightKg), lang),
                max: num(c.payloadKg, lang),
              })}
            </p>
            <div className="table-scroll">
              <table className="history">
                <thead>
                  <tr>
                    <th scope="col">{t.sequence}</th>
                    <th scope="col">{t.lot}</th>
                    <th scope="col">{t.owner}</th>
                    <th scope="col">{t.cartonCount}</th>
                    <th scope="col">{t.position}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.lots.map((l, k) => {
                    const cs = c.cartons.filter((x) => x.lot === l.lot);
                    const x0 = Math.min(...cs.map((x) => x.xCm));
                    const x1 = Math.max(...cs.map((x) => x.xCm + x.lengthCm));
                    return (
                      <tr key={l.lot}>
                        <td>{k + 1}</td>
                        <td>{l.lot}</td>
                        <td>{l.owner}</td>
                        <td>{num(l.cartons, lang)}</td>
                        <td>
                          <bdi dir="ltr">
                            {Math.round(x0)}–{Math.round(x1)}
                          </bdi>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="small">
              {t.layers}:{' '}
              {zs.map((z) => {
                const per = new Map<string, number>();
                for (const x of c.cartons) if (x.zCm === z) per.set(x.lot, (per.get(x.lot) ?? 0) + 1);
                return (
                  <span key={z} className="layer">
                    {fmt(t.layerAt, { z: Math.round(z) })}: <span dir="ltr">{[...per].map(([lot, n]) => `${lot}×${n}`).join(', ')}</span>
                  </span>
                );
              })}
            </p>
          </section>
        );
      })}
      {plan.unplaced.length ? (
        <p className="error">
          {t.notLoaded}: {plan.unplaced.map((u) => `${u.lot} (${u.owner}) ×${u.cartons}`).join('; ')}
        </p>
      ) : null}
    </div>
  );
}
