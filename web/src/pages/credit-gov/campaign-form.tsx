/** The regulator's form for a new random inspection campaign (双随机): population, size, rates per class, inspectors, seed. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { fmt, useI18n } from '../../i18n.tsx';
import { useRouter } from '../../router.tsx';
import { Datum, lines, Refusal, type Campaign } from './gov-common.tsx';

const CLASSES = ['A', 'B', 'C', 'D'] as const;

export function CampaignForm() {
  const { t } = useI18n();
  const w = t.creditGov.campaigns;
  const { navigate } = useRouter();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'merchant' | 'buyer' | 'agent'>('merchant');
  const [district, setDistrict] = useState('');
  const [size, setSize] = useState('');
  const [rates, setRates] = useState<Record<(typeof CLASSES)[number], string>>({ A: '0.02', B: '0.05', C: '0.15', D: '0.5' });
  const [inspectors, setInspectors] = useState('');
  const [perEntity, setPerEntity] = useState('2');
  const [seed, setSeed] = useState('');
  const [err, setErr] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErr(null);
    try {
      const c = await api<Campaign>('/api/credit/campaigns', {
        method: 'POST',
        body: JSON.stringify({
          name,
          population: { kind, ...(district ? { district: Number(district) } : {}) },
          size: size ? Number(size) : null,
          rates: Object.fromEntries(CLASSES.map((k) => [k, Number(rates[k])])),
          inspectors: lines(inspectors),
          perEntity: Number(perEntity),
          ...(seed ? { seed: Number(seed) } : {}),
        }),
      });
      navigate(`/credit/campaigns/${c.id}`);
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <form className="gov-form panel" onSubmit={submit} data-testid="campaign-form">
      <h2>{w.define}</h2>
      <label>
        {w.name}
        <input value={name} onChange={(e) => setName(e.target.value)} required minLength={3} data-testid="campaign-name" />
      </label>
      <label>
        {w.population}
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} data-testid="campaign-kind">
          {(['merchant', 'buyer', 'agent'] as const).map((k) => (
            <option key={k} value={k}>
              {w.kind[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.district}
        <select value={district} onChange={(e) => setDistrict(e.target.value)} data-testid="campaign-district">
          <option value="">{w.allDistricts}</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {fmt(w.districtNo, { n })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.size}
        <input inputMode="numeric" value={size} onChange={(e) => setSize(e.target.value)} data-testid="campaign-size" />
      </label>
      <fieldset>
        <legend>{w.rates}</legend>
        <div className="gov-rates">
          {CLASSES.map((k) => (
            <label key={k}>
              <Datum>{k}</Datum>
              <input inputMode="decimal" value={rates[k]} onChange={(e) => setRates({ ...rates, [k]: e.target.value })} data-testid={`campaign-rate-${k}`} />
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {w.inspectors}
        <textarea value={inspectors} onChange={(e) => setInspectors(e.target.value)} required rows={4} data-testid="campaign-inspectors" />
      </label>
      <label>
        {w.perEntity}
        <input inputMode="numeric" value={perEntity} onChange={(e) => setPerEntity(e.target.value)} data-testid="campaign-per" />
      </label>
      <label>
        {w.seed}
        <input inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} data-testid="campaign-seed" />
      </label>
      <button type="submit" data-testid="campaign-create">
        {w.create}
      </button>
      <Refusal err={err} />
    </form>
  );
}
