/** A staff app: the shared sign-in until a session exists (GET /api/auth/me), then the app. */
import { App as AntApp, Button, ConfigProvider, Empty, Layout, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { currentUser, logout, type SessionUser } from '../shared/http';
import { StaffSignIn } from '../shared/StaffSignIn';
import { useI18n } from './i18n';

export function App() {
  const { lang, setLang, t } = useI18n();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  useEffect(() => {
    currentUser()
      .then((u) => setUser(u ?? null))
      .catch(() => setUser(null));
  }, []);
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#1f5fbf' } }}>
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#1f5fbf', paddingInline: 24 }}>
            <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
              {t('app.title')}
            </Typography.Title>
            <Space>
              <Button type="link" style={{ color: '#fff' }} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-toggle">
                {t('lang.switch')}
              </Button>
              {user && (
                <Button ghost onClick={() => void logout().finally(() => setUser(null))} data-testid="sign-out">
                  {t('nav.signOut')}
                </Button>
              )}
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            {user === undefined ? <Spin style={{ display: 'block', marginTop: 80 }} /> : user ? <Empty description={t('app.comingSoon')} /> : <StaffSignIn onSignedIn={setUser} t={t} />}
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
