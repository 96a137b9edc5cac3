/**
 * The workbench: the shared staff sign-in until a session exists (GET /api/auth/me), then the
 * page of the path — the inbox (/), 窗口收件 (/intake), a case (/cases/<caseNo>) or one of its notices
 * (/cases/<caseNo>/notices/<kind>). The header is left out of print.
 */
import { App as AntApp, Button, ConfigProvider, Layout, Result, Space, Spin, Typography } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useEffect, useState, type ReactNode } from 'react';
import { currentUser, logout, type SessionUser } from '../shared/http';
import { StaffSignIn } from '../shared/StaffSignIn';
import { CasePage } from './case/CasePage';
import { useI18n } from './i18n';
import { Inbox } from './inbox/Inbox';
import { IntakePage } from './intake/IntakePage';
import { NoticePage } from './notices/NoticePage';
import { href, navigate, routeOf, usePath } from './router';
import './workbench.css';

/**
 * The hall's blue, with links in it and secondary text dark enough for WCAG AA contrast (4.5:1) on
 * white — antd's defaults (#1677ff links, 45 % black descriptions) fall just short of it; the
 * light preset tags get darker text in workbench.css.
 */
const THEME = {
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  },
};

export function App() {
  const { lang, setLang, t } = useI18n();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const path = usePath();
  const route = routeOf(path);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  useEffect(() => {
    currentUser()
      .then((u) => setUser(u ?? null))
      .catch(() => setUser(null));
  }, []);
  const page = () => {
    if (!user) return null;
    switch (route.page) {
      case 'inbox':
        return <Inbox user={user} />;
      case 'intake':
        return <IntakePage user={user} />;
      case 'case':
        return <CasePage key={route.caseNo} caseNo={route.caseNo} user={user} />;
      case 'notice':
        return <NoticePage caseNo={route.caseNo} kind={route.kind} />;
      default:
        return <Result status="404" title={t('app.notFound')} extra={<Button onClick={() => navigate('/')}>{t('app.home')}</Button>} />;
    }
  };
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>
        <Layout className="wb-app" style={{ minHeight: '100vh' }}>
          <Layout.Header className="wb-no-print" style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#1f5fbf', paddingInline: 24 }}>
            <Space size={24}>
              <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
                {t('app.title')}
              </Typography.Title>
              {user && (
                <NavLink to="/" testId="nav-inbox">
                  {t('nav.inbox')}
                </NavLink>
              )}
              {user && (user.role === 'clerk' || user.role === 'leader') && (
                <NavLink to="/intake" testId="nav-intake">
                  {t('nav.intake')}
                </NavLink>
              )}
            </Space>
            <Space>
              {user && (
                <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-as">
                  {user.displayName ?? user.username}
                </Typography.Text>
              )}
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
            {user === undefined ? <Spin style={{ display: 'block', marginTop: 80 }} /> : user ? page() : <StaffSignIn onSignedIn={setUser} t={t} />}
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}

/** A header link: a real href (opens in a new tab), navigating in the app on a click. */
function NavLink({ to, testId, children }: { to: string; testId: string; children: ReactNode }) {
  return (
    <a
      href={href(to)}
      style={{ color: '#fff' }}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
