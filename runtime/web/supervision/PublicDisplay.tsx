/**
 * 大厅显示屏: the public screen of the service hall, at /supervision/display, no sign-in. Big
 * figures on a dark background, a clock, a ticker of departments; refetches every 30 s (or every
 * `?refresh=<seconds>`, 5–600) and keeps the last figures when a fetch fails. Aggregates only:
 * the endpoint holds no personal data.
 */
import { useEffect, useState } from 'react';
import { useI18n } from './i18n';
import { fetchDisplay, type PublicDisplay as Figures } from './supervision-api';
import { refreshMs } from './display-refresh';
import './display.css';


function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}

export function PublicDisplay() {
  const { t, lang, setLang } = useI18n();
  const [figures, setFigures] = useState<Figures>();
  const [stale, setStale] = useState(false);
  const [fetchedAt, setFetchedAt] = useState<Date>();
  const now = useClock();

  useEffect(() => {
    document.title = t('display.title');
    document.documentElement.lang = lang;
  }, [t, lang]);

  useEffect(() => {
    let live = true;
    const load = () =>
      fetchDisplay().then(
        (f) => {
          if (!live) return;
          setFigures(f);
          setStale(false);
          setFetchedAt(new Date());
        },
        () => live && setStale(true),
      );
    void load();
    const id = setInterval(load, refreshMs(window.location.search));
    return () => {
      live = false;
      clearInterval(id);
    };
  }, []);

  // The hall's time is China's, whatever the screen's computer is set to.
  const locale = lang === 'en' ? 'en-GB' : 'zh-CN';
  const time = (d: Date) => d.toLocaleTimeString(locale, { hour12: false, timeZone: 'Asia/Shanghai' });
  const date = now.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'Asia/Shanghai' });
  const rate = figures?.onTimeRate;
  const tiles: Array<[string, string, string, string, string?]> = [
    ['published', t('display.published'), figures ? String(figures.publishedMatters) : '—', t('display.unit.matters')],
    ['received', t('display.received'), figures ? String(figures.receivedToday) : '—', t('display.unit.cases')],
    ['accepted', t('display.accepted'), figures ? String(figures.acceptedToday) : '—', t('display.unit.cases')],
    ['concluded', t('display.concluded'), figures ? String(figures.concludedToday) : '—', t('display.unit.cases')],
    ['ontime', t('display.onTime'), rate === null || rate === undefined ? t('display.noRate') : (rate * 100).toFixed(1), rate === null || rate === undefined ? '' : '%', t('display.onTimeSub')],
  ];
  const departments = figures?.departments ?? [];

  return (
    <div className="mf-display" data-testid="display-root">
      <header className="mf-display-head">
        <h1 className="mf-display-title">{t('display.title')}</h1>
        <div className="mf-display-clock" data-testid="display-clock">
          {date} {time(now)}
        </div>
      </header>
      <main className="mf-display-grid">
        {tiles.map(([id, label, value, unit, sub]) => (
          <section key={id} className="mf-display-tile" data-testid={`display-${id}`} data-value={value}>
            <div className="mf-display-label">{label}</div>
            {sub && <div className="mf-display-sub">{sub}</div>}
            <div className="mf-display-value">
              {value}
              {unit && <small>{unit}</small>}
            </div>
          </section>
        ))}
      </main>
      <div className="mf-display-ticker" data-testid="display-ticker" aria-label={t('display.departments')}>
        <div className="mf-display-ticker-track" style={{ animationDuration: `${Math.max(20, departments.length * 8)}s` }}>
          {departments.map((d) => (
            <span key={d.name} className="mf-display-ticker-item">
              {t('display.tickerItem', { name: d.name, matters: d.publishedMatters, accepted: d.acceptedToday, concluded: d.concludedToday })}
            </span>
          ))}
        </div>
      </div>
      <footer className="mf-display-foot">
        <span data-testid="display-updated" className={stale ? 'mf-display-stale' : undefined}>
          {stale ? t('display.stale') : fetchedAt ? t('display.updated', { time: time(fetchedAt) }) : ''}
        </span>
        <span>
          <button type="button" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="display-lang">
            {t('lang.switch')}
          </button>
          {typeof document !== 'undefined' && document.fullscreenEnabled && !document.fullscreenElement && (
            <button type="button" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)} data-testid="display-fullscreen">
              {t('display.fullscreen')}
            </button>
          )}
        </span>
      </footer>
    </div>
  );
}
