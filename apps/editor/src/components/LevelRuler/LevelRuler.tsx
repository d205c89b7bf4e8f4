import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { analyseBands } from '../../state/bands';

export interface RulerLevel {
  id: string;
  label?: { zh?: string; en?: string };
  color?: string;
  band?: { min?: number; max?: number };
}

const PALETTE = ['#cf1322', '#d46b08', '#d4b106', '#389e0d', '#08979c', '#1d39c4', '#531dab', '#c41d7f'];

/**
 * The levels' score bands drawn on the scale (usually 0–100): one row per level, gaps hatched red,
 * overlaps marked orange, with a text summary for screen readers.
 */
export function LevelRuler({ levels, min = 0, max = 100 }: { levels: RulerLevel[]; min?: number; max?: number }) {
  const { t, i18n } = useTranslation();
  const span = max - min || 1;
  const x = (v: number) => ((v - min) / span) * 100;
  const a = analyseBands(levels, min, max);
  const ticks: number[] = [];
  const step = span / 10;
  for (let v = min; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  const name = (id: string) => pick(levels.find((l) => l.id === id)?.label, i18n.language) || id;
  const summary = [
    a.gaps.length ? t('ruler.gaps', { list: a.gaps.map((g) => `[${g.min}, ${g.max})`).join('、') }) : t('ruler.noGaps'),
    a.overlaps.length ? t('ruler.overlaps', { list: a.overlaps.map((o) => `[${o.min}, ${o.max}) ${o.ids.map(name).join(' / ')}`).join('；') }) : t('ruler.noOverlaps'),
    a.topUncovered ? t('ruler.topUncovered', { max }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <figure className="ruler" aria-label={t('ruler.title')}>
      <div className="ruler-rows">
        {a.bands.map((b, i) => {
          const level = levels.find((l) => l.id === b.id);
          const color = level?.color ?? PALETTE[i % PALETTE.length];
          return (
            <div className="ruler-row" key={`${b.id}-${i}`}>
              <span className="ruler-name">{name(b.id)}</span>
              <span className="ruler-track">
                <span className="ruler-band" style={{ left: `${x(b.min)}%`, width: `${Math.max(0.5, x(b.max) - x(b.min))}%`, background: color }} title={`[${b.min}, ${b.max})`} />
              </span>
            </div>
          );
        })}
        <div className="ruler-row ruler-issues">
          <span className="ruler-name">{t('ruler.coverage')}</span>
          <span className="ruler-track">
            {a.gaps.map((g, i) => (
              <span key={`g${i}`} className="ruler-gap" data-testid="ruler-gap" style={{ left: `${x(g.min)}%`, width: `${Math.max(0.5, x(g.max) - x(g.min))}%` }} title={t('ruler.gapAt', { min: g.min, max: g.max })} />
            ))}
            {a.overlaps.map((o, i) => (
              <span key={`o${i}`} className="ruler-overlap" data-testid="ruler-overlap" style={{ left: `${x(o.min)}%`, width: `${Math.max(0.5, x(o.max) - x(o.min))}%` }} title={`[${o.min}, ${o.max})`} />
            ))}
            {a.topUncovered ? <span className="ruler-gap ruler-point" style={{ left: 'calc(100% - 3px)', width: '3px' }} title={t('ruler.topUncovered', { max })} /> : null}
          </span>
        </div>
        <div className="ruler-row">
          <span className="ruler-name" />
          <span className="ruler-track ruler-ticks" aria-hidden="true">
            {ticks.map((v) => (
              <span key={v} className="ruler-tick" style={{ left: `${x(v)}%` }}>
                {v}
              </span>
            ))}
          </span>
        </div>
      </div>
      <figcaption className="ruler-summary" role="status">
        {summary}
      </figcaption>
    </figure>
  );
}
