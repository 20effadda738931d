import { useMemo, useState } from 'react';
import { api } from '../api.ts';
import { money, useI18n } from '../i18n.tsx';
import { ContainerView, lotColour, type ViewBox } from './container-view.tsx';
import type { LotInput, ShipmentPlan } from '../../../src/modules/load-planner/index.ts';

/** The answer of POST /api/load-plans: the planner's plan and its printable loading list. */
interface Plan extends ShipmentPlan {
  loadingList: string;
}

const SAMPLE = `L1,义乌市金华饰品商行,120,60,40,40,18,1
L2,义乌市陈氏玩具厂,80,80,50,45,12,1
L3,义乌市王记雨具商行,200,55,45,35,15,0
L4,义乌市刘氏文具,150,50,35,30,20,1`;

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
  const { t: all } = useI18n();
  const t = all.loadPlan;
  const [lotsText, setLotsText] = useState(SAMPLE);
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
      setError((e as Error).message);
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
      setError((e as Error).message);
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
        <label>
          {t.lots} <span className="muted small">{t.lotsHelp}</span>
          <textarea
            rows={6}
            value={lotsText}
            onChange={(e) => setLotsText(e.target.value)}
            data-testid="lots-text"
            style={{ inlineSize: '100%', fontFamily: 'monospace' }}
          />
        </label>
        <label className="upload">
          {t.upload} <input type="file" accept=".csv,.xlsx" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
        </label>
        <div className="chips">
          <span>{t.containers}:</span>
          {Object.entries(types).map(([code, v]) => (
            <label key={code} className="chip">
              <input type="checkbox" checked={v.on} onChange={(e) => setTypes({ ...types, [code]: { ...v, on: e.target.checked } })} /> {code}{' '}
              <input
                aria-label={`${code} ${t.price}`}
                value={v.price}
                size={6}
                onChange={(e) => setTypes({ ...types, [code]: { ...v, price: e.target.value } })}
              />
            </label>
          ))}
        </div>
        <div className="chips">
          <label>
            <input type="checkbox" checked={support} onChange={(e) => setSupport(e.target.checked)} /> {t.support}
          </label>
          <label>
            {t.timeLimit} <input value={limit} size={3} onChange={(e) => setLimit(e.target.value)} />
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
            {t.total}: {plan.totalPrice.map((p) => money(p.amountMinor, p.currency)).join(' + ')}
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
                data-testid="container-tab"
              >
                #{i + 1} {x.code} · {(x.utilisation * 100).toFixed(1)}% · {x.weightKg.toFixed(0)} kg
              </button>
            ))}
          </div>
          {c ? (
            <>
              <ContainerView inside={c.insideCm} boxes={boxes} upTo={step} />
              <label className="chips">
                {t.step}:{' '}
                <input type="range" min={0} max={c.cartons.length} value={step} onChange={(e) => setStep(Number(e.target.value))} data-testid="step" /> {step}{' '}
                {t.of} {c.cartons.length}
              </label>
              <dl className="facts">
                <dt>{t.utilisation}</dt>
                <dd data-testid="utilisation">
                  {(c.utilisation * 100).toFixed(1)}% ({c.loadedVolumeM3.toFixed(2)} m³)
                </dd>
                <dt>{t.weight}</dt>
                <dd>
                  {c.weightKg.toFixed(1)} / {c.payloadKg} kg
                </dd>
                <dt>{t.cog}</dt>
                <dd>{c.centreOfGravityCm.map((v) => v.toFixed(0)).join(' / ')}</dd>
              </dl>
              <div className="chips">
                {c.lots.map((l) => (
                  <span key={l.lot} className="chip" style={{ borderColor: lotColour(lotIndex.get(l.lot) ?? 0), borderInlineStartWidth: 8 }}>
                    {l.lot} · {l.owner} · {l.cartons}
                  </span>
                ))}
              </div>
            </>
          ) : null}
          <h2>{t.list}</h2>
          <pre className="loading-list">{plan.loadingList}</pre>
        </section>
      ) : null}
    </>
  );
}
