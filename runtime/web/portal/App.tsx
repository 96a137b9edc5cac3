/** The applicant portal (public, at /): browse and search the catalogue, read guides, apply, track. */
import { Button, ConfigProvider, Empty, Layout, Typography } from 'antd';
import { useEffect } from 'react';
import { useI18n } from './i18n';

export function App() {
  const { lang, setLang, t } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  return (
    <ConfigProvider theme={{ token: { colorPrimary: '#c0392b' } }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#c0392b', paddingInline: 16 }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }} data-testid="portal-title">
            {t('app.title')}
          </Typography.Title>
          <Button type="link" style={{ color: '#fff' }} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')} data-testid="lang-toggle">
            {t('lang.switch')}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Empty description={t('app.comingSoon')} />
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}
