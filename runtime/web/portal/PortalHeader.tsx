/** The portal's header: the site's name (home), the three entry points and the language toggle. */
import { useI18n } from './i18n';
import { PortalLink } from './PortalLink';
import type { PortalRoute } from './portal-routes';

export function PortalHeader({ route }: { route: PortalRoute }) {
  const { lang, setLang, t } = useI18n();
  const is = (...pages: PortalRoute['page'][]) => pages.includes(route.page);
  return (
    <header className="portal-header">
      <div className="portal-header-inner">
        <PortalLink to="/" className="portal-brand" testId="portal-home">
          <span className="portal-emblem" aria-hidden>
            汉
          </span>
          <span>
            <div className="portal-brand-title" data-testid="portal-title">
              {t('app.title')}
            </div>
            <div className="portal-brand-sub">{t('app.subtitle')}</div>
          </span>
        </PortalLink>
        <nav className="portal-nav">
          <PortalLink to="/" current={is('catalogue', 'guide')} testId="nav-guide">
            {t('nav.guide')}
          </PortalLink>
          <PortalLink to="/track" current={is('track')} testId="nav-track">
            {t('nav.track')}
          </PortalLink>
          <PortalLink to="/complaint" current={is('complaint')} testId="nav-complaint">
            {t('nav.complaint')}
          </PortalLink>
          <button type="button" className="portal-lang" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-toggle" lang={lang === 'en' ? 'zh-CN' : 'en'}>
            {t('lang.switch')}
          </button>
        </nav>
      </div>
    </header>
  );
}
