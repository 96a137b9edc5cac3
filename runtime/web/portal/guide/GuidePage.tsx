/**
 * The service guide (`/matters/<code>`): loads the matter's live version and shows every element
 * of its guide (GuideView). Public: no sign-in.
 */
import { Alert, Button, Result, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import type { MatterVersion } from '../../../../schemas/types.generated.js';
import { ApiError } from '../../shared/http';
import { useI18n } from '../i18n';
import { liveMatter } from '../portal-api';
import { navigate } from '../router';
import { GuideView } from './GuideView';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'failed'; message: string } | { state: 'ready'; matter: MatterVersion };

export function GuidePage({ code }: { code: string }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    liveMatter(code).then(
      (matter) => live && setLoaded({ state: 'ready', matter }),
      (err: unknown) => {
        if (!live) return;
        setLoaded(err instanceof ApiError && err.status === 404 ? { state: 'missing' } : { state: 'failed', message: (err as Error).message });
      },
    );
    return () => {
      live = false;
    };
  }, [code, attempt]);

  const name = loaded.state === 'ready' ? loaded.matter.definition.name : undefined;
  useEffect(() => {
    document.title = name ? `${name} - ${t('app.title')}` : t('app.title');
  }, [name, t]);

  if (loaded.state === 'loading') return <Skeleton active paragraph={{ rows: 10 }} />;
  if (loaded.state === 'missing')
    return (
      <Result
        status="404"
        title={t('guide.notFound')}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {t('guide.back')}
          </Button>
        }
      />
    );
  if (loaded.state === 'failed')
    return <Alert type="error" showIcon message={t('guide.loadFailed', { msg: loaded.message })} action={<Button onClick={() => setAttempt((a) => a + 1)}>{t('catalogue.retry')}</Button>} />;
  return <GuideView matter={loaded.matter} />;
}
