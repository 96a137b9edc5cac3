/**
 * The supervision app: `/supervision/display` is the hall's public screen (no sign-in, no session
 * check); everything else is for supervisors and the admin — the shared sign-in until a session
 * exists (GET /api/auth/me), then the dashboards and the score (loaded on demand: the hall screen
 * needs neither ECharts nor the tables).
 */
import { Alert, App as AntApp, Button, ConfigProvider, Layout, Space, Spin, Typography } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, useState } from 'react';
import { currentUser, logout, type SessionUser } from '../shared/http';
import { pathOf } from '../shared/router';
import { StaffSignIn } from '../shared/StaffSignIn';
import { useI18n } from './i18n';
import { CalendarBanner } from './CalendarBanner';
import { PublicDisplay } from './PublicDisplay';
import { href, usePath } from './router';

const StaffConsole = lazy(() => import('./StaffConsole'));

export function App() {
  const path = usePath();
  return pathOf(path) === '/display' ? <PublicDisplay /> : <StaffApp />;
}

function StaffApp() {
  const { lang, setLang, t } = useI18n();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  }, [lang, t]);
  useEffect(() => {
    currentUser()
      .then((u) => setUser(u ?? null))
      .catch(() => setUser(null));
  }, []);
  const allowed = user && (user.role === 'supervisor' || user.role === 'admin');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1f5fbf' } }}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#1f5fbf', paddingInline: 24 }}>
            <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
              {t('app.title')}
            </Typography.Title>
            <Space>
              <Button type="link" style={{ color: '#fff' }} href={href('/display')} target="_blank" rel="noopener" data-testid="sup-open-display">
                {t('nav.display')}
              </Button>
              <Button type="link" style={{ color: '#fff' }} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-toggle">
                {t('lang.switch')}
              </Button>
              {user && (
                <>
                  <Typography.Text style={{ color: '#fff' }} data-testid="sup-user">
                    {user.displayName ?? user.username}
                  </Typography.Text>
                  <Button ghost onClick={() => void logout().finally(() => setUser(null))} data-testid="sign-out">
                    {t('nav.signOut')}
                  </Button>
                </>
              )}
            </Space>
          </Layout.Header>
          {allowed && <CalendarBanner isAdmin={user.role === 'admin'} />}
          <Layout.Content style={{ padding: 24 }}>
            {user === undefined ? (
              <Spin style={{ display: 'block', marginTop: 80 }} />
            ) : !user ? (
              <StaffSignIn onSignedIn={setUser} t={t} />
            ) : !allowed ? (
              <Alert type="warning" showIcon message={t('forbidden', { role: user.role })} data-testid="sup-forbidden" />
            ) : (
              <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
                <StaffConsole isAdmin={user.role === 'admin'} />
              </Suspense>
            )}
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
