/**
 * The designer's shell: antd in the chosen language, the sign-in page until a session exists, then
 * the catalogue. The session itself is the server's httpOnly cookie; on load, GET /api/auth/me says
 * whether it is still valid.
 */
import { App as AntApp, Button, ConfigProvider, Layout, Space, Spin, Typography } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, useState } from 'react';
import { currentUser, logout, type SessionUser } from './api';
import { CalendarBanner } from './calendar/CalendarBanner';
import { Catalogue } from './Catalogue';
import { useI18n } from './i18n';
import { confirmLeave, navigate, routeOf, usePath, type Route } from './router';
import { SignIn } from './SignIn';

// The flow editor (xyflow, dagre, lint) loads only when a matter is opened.
const MatterPage = lazy(() => import('./MatterPage').then((m) => ({ default: m.MatterPage })));
const ComparePage = lazy(() => import('./compare/ComparePage').then((m) => ({ default: m.ComparePage })));
const ReviewQueue = lazy(() => import('./review/ReviewQueue').then((m) => ({ default: m.ReviewQueue })));
const CalendarPage = lazy(() => import('./calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const ReviewPage = lazy(() => import('./review/ReviewPage').then((m) => ({ default: m.ReviewPage })));

/**
 * The brand blue, and text and link colours dark enough for WCAG 2 AA contrast (4.5:1) on white:
 * antd's defaults (secondary text #8c8c8c, links #1677ff, errors #ff4d4f) fall short of it.
 */
const THEME = {
  token: { colorPrimary: '#1f5fbf', colorLink: '#1f5fbf', colorTextSecondary: 'rgba(0, 0, 0, 0.65)', colorTextDescription: 'rgba(0, 0, 0, 0.65)', colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)', colorError: '#cf1322' },
};

export function App() {
  const { lang, t } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang;
    document.title = t('app.product');
  }, [lang, t]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}

function LangToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <Button type="link" style={{ color: '#fff' }} data-testid="lang-toggle" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
      {t('lang.switch')}
    </Button>
  );
}

function Shell() {
  const { t } = useI18n();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const route = routeOf(usePath());

  useEffect(() => {
    currentUser()
      .then((u) => setUser(u ?? null))
      .catch(() => setUser(null));
  }, []);

  const signOut = async () => {
    if (!confirmLeave()) return;
    try {
      await logout();
    } finally {
      setUser(null);
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#1f5fbf', paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t('app.product')}
        </Typography.Title>
        <Space>
          {user && (
            <Button type="link" style={{ color: '#fff' }} onClick={() => navigate('/')} data-testid="nav-catalogue">
              {t('nav.catalogue')}
            </Button>
          )}
          {user?.role === 'admin' && (
            <Button type="link" style={{ color: '#fff' }} onClick={() => navigate('/review')} data-testid="nav-review">
              {t('review.title')}
            </Button>
          )}
          {user?.role === 'admin' && (
            <Button type="link" style={{ color: '#fff' }} onClick={() => navigate('/calendar')} data-testid="nav-calendar">
              {t('nav.calendar')}
            </Button>
          )}
          {user && (
            <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
              {[user.displayName ?? user.username, t(`role.${user.role}`)].filter((x, i, all) => all.indexOf(x) === i).join(' · ')}
            </Typography.Text>
          )}
          <LangToggle />
          {user && (
            <Button ghost onClick={signOut} data-testid="sign-out">
              {t('nav.signOut')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      {user && <CalendarBanner isAdmin={user.role === 'admin'} onCalendarPage={route.page === 'calendar'} />}
      <Layout.Content style={{ padding: 24 }}>
        {user === undefined ? (
          <Spin style={{ display: 'block', marginTop: 80 }} />
        ) : user ? (
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Page route={route} user={user} />
          </Suspense>
        ) : (
          <SignIn onSignedIn={setUser} />
        )}
      </Layout.Content>
    </Layout>
  );
}

function Page({ route, user }: { route: Route; user: SessionUser }) {
  switch (route.page) {
    case 'matter':
      return <MatterPage key={route.code} code={route.code} user={user} />;
    case 'compare':
      return <ComparePage key={route.code} code={route.code} />;
    case 'review-queue':
      return <ReviewQueue />;
    case 'review':
      return <ReviewPage key={route.code} code={route.code} user={user} />;
    case 'calendar':
      return <CalendarPage user={user} />;
    default:
      return <Catalogue user={user} />;
  }
}
