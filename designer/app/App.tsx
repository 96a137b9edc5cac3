/**
 * The designer's shell: antd in the chosen language, the sign-in page until a session exists, then
 * the catalogue. The session itself is the server's httpOnly cookie; on load, GET /api/auth/me says
 * whether it is still valid.
 */
import { App as AntApp, Button, ConfigProvider, Layout, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useEffect, useState } from 'react';
import { currentUser, logout, type SessionUser } from './api';
import { Catalogue } from './Catalogue';
import { useI18n } from './i18n';
import { confirmLeave, matterCodeOf, usePath } from './router';
import { SignIn } from './SignIn';

// The flow editor (xyflow, dagre, lint) loads only when a matter is opened.
const MatterPage = lazy(() => import('./MatterPage').then((m) => ({ default: m.MatterPage })));

export function App() {
  const { lang, t } = useI18n();
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang;
    document.title = t('app.product');
  }, [lang, t]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1f5fbf' } }}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}

function LangToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <Button type="link" data-testid="lang-toggle" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
      {t('lang.switch')}
    </Button>
  );
}

function Shell() {
  const { t } = useI18n();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const matterCode = matterCodeOf(usePath());

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
            <Typography.Text style={{ color: '#fff' }} data-testid="current-user">
              {[user.displayName ?? user.username, t(`role.${user.role}`)].filter((x, i, all) => all.indexOf(x) === i).join(' · ')}
            </Typography.Text>
          )}
          <span style={{ filter: 'brightness(0) invert(1)' }}>
            <LangToggle />
          </span>
          {user && (
            <Button ghost onClick={signOut} data-testid="sign-out">
              {t('nav.signOut')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {user === undefined ? <Spin style={{ display: 'block', marginTop: 80 }} /> : user ? (
          matterCode ? (
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
              <MatterPage key={matterCode} code={matterCode} user={user} />
            </Suspense>
          ) : (
            <Catalogue user={user} />
          )
        ) : <SignIn onSignedIn={setUser} />}
      </Layout.Content>
    </Layout>
  );
}
