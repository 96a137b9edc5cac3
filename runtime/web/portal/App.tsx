/**
 * The applicant portal (public, at /): the shell — header, language, antd locale — and the route
 * table: `/` catalogue, `/matters/<code>` service guide, `/matters/<code>/apply`, `/track`,
 * `/complaint`.
 */
import { Button, ConfigProvider, Result, Skeleton } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { lazy, Suspense, useEffect } from 'react';
import { CataloguePage } from './catalogue/CataloguePage';
import { GuidePage } from './guide/GuidePage';
import { useI18n } from './i18n';
import { PortalHeader } from './PortalHeader';
import { routeOf, type PortalRoute } from './portal-routes';
import { navigate, usePath } from './router';
import './portal.css';

// Applying needs Formily and the form renderer, tracking its own screens: loaded when first
// opened, so browsing the catalogue and reading a guide download neither.
const ApplyPage = lazy(() => import('./apply/ApplyPage').then((m) => ({ default: m.ApplyPage })));
const TrackPage = lazy(() => import('./track/TrackPage').then((m) => ({ default: m.TrackPage })));
const ComplaintPage = lazy(() => import('./track/ComplaintPage').then((m) => ({ default: m.ComplaintPage })));

export function App() {
  const { lang, t } = useI18n();
  const path = usePath();
  const route = routeOf(path);
  useEffect(() => {
    document.documentElement.lang = lang;
    // The guide names its matter in the title itself.
    if (route.page !== 'guide') document.title = t('app.title');
  }, [lang, t, route.page]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0392b', borderRadius: 6 } }}>
      <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
        <PortalHeader route={route} />
        <main className="portal-main" style={{ flex: 1 }}>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
            <Page route={route} path={path} />
          </Suspense>
        </main>
        <footer className="portal-footer">{t('app.footer')}</footer>
      </div>
    </ConfigProvider>
  );
}

function Page({ route, path }: { route: PortalRoute; path: string }) {
  const { t } = useI18n();
  switch (route.page) {
    case 'catalogue':
      return <CataloguePage path={path} />;
    case 'guide':
      return <GuidePage key={route.code} code={route.code} />;
    case 'apply':
      return <ApplyPage key={route.code} code={route.code} />;
    case 'track':
      return <TrackPage />;
    case 'complaint':
      return <ComplaintPage />;
    default:
      return (
        <Result
          status="404"
          title={t('app.notFound')}
          extra={
            <Button type="primary" onClick={() => navigate('/')}>
              {t('app.home')}
            </Button>
          }
        />
      );
  }
}
